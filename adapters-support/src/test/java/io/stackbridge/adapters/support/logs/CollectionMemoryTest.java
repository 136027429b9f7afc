package io.stackbridge.adapters.support.logs;

import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A stamp's logs at their bound (three roles of five 4 MiB files, 60 MiB) collected by a JVM whose
 * heap is far smaller: the collection streams, line by line, into the ZIP.
 */
class CollectionMemoryTest {

    private static final Instant T0 = Instant.parse("2026-12-05T00:00:00Z");
    private static final String HEAP = "-Xmx32m";

    @TempDir
    Path folder;

    @Test
    void sixty_mebibytes_of_logs_are_collected_within_a_32_mebibyte_heap() throws Exception {
        for (LogRole role : LogRole.all()) {
            Files.createDirectories(folder.resolve(role.name()));
            for (int index = 0; index <= LogBounds.DEFAULT.archives(); index++) {
                fill(index == 0 ? RoleLogFiles.activeFile(folder, role) : RoleLogFiles.archive(folder, role, index), role, index);
            }
        }
        Path zip = folder.resolve("bundle.zip");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), HEAP, "-cp", System.getProperty("java.class.path"),
                CollectionMemoryTest.class.getName(), folder.toString(), zip.toString())
                .redirectErrorStream(true).redirectOutput(folder.resolve("child.out").toFile()).start();
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).as("the collection ended").isTrue();

        assertThat(child.exitValue()).as(Files.readString(folder.resolve("child.out"))).isZero();
        assertThat(Files.readString(folder.resolve("child.out"))).contains("lines=" + 3 * 5 * linesPerFile());
        assertThat(Files.size(zip)).isPositive();
    }

    /** The child: collects {@code args[0]} into the file {@code args[1]}, and says how many lines it took. */
    public static void main(String[] args) throws IOException {
        LogSelection everything = new LogSelection(LogRole.all(), T0, T0.plusSeconds(86_400));
        try (OutputStream out = Files.newOutputStream(Path.of(args[1]))) {
            CollectedLogs logs = LogCollection.collect(Path.of(args[0]), everything,
                    new BundleFacts("memory", Option.none(), "test"), T0, out);
            System.out.println("lines=" + logs.files().map(CollectedLogs.CollectedFile::lines).sum());
        }
    }

    private static void fill(Path file, LogRole role, int index) throws IOException {
        String words = " usage recorded for subscription 0f4d1a5b-8f0e-4c1e-9f1a-2b3c4d5e6f70 meter 6dab500f-a4fd-49c4-956d-229bb9c8c793 x"
                .repeat(8);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int line = 0; line < linesPerFile(); line++) {
                Instant at = T0.plusSeconds((5L - index) * 3600 + line / 10);
                out.write(at + " INFO  " + role + " correlation=q-" + line + " code=- line " + line + words + "\n");
            }
        }
    }

    /** About 4 MiB of lines of about a kibibyte. */
    private static int linesPerFile() {
        return 4 * 1024;
    }
}
