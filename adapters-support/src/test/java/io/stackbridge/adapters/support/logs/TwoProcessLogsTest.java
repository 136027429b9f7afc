package io.stackbridge.adapters.support.logs;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two processes writing one logs folder at once, as a CLI command beside {@code serve --stamp-dir}: the child
 * writes from before the parent's first line until after its last, and the bounds hold.
 */
class TwoProcessLogsTest {

    private static final LogBounds BOUNDS = new LogBounds(4096, 3);
    private static final int LINES = 5_000;

    @TempDir
    Path folder;

    @Test
    void a_second_process_writing_the_same_folder_keeps_every_file_within_its_bound() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"), TwoProcessLogsTest.class.getName(),
                folder.toString()).redirectErrorStream(true).redirectOutput(folder.resolve("child.out").toFile())
                .start();
        awaitFirstLine(child);
        long largestSeen = 0;
        try (RoleLogFiles logs = RoleLogFiles.open(folder, BOUNDS)) {
            for (int i = 0; i < LINES; i++) {
                logs.info(LogRole.AzureBridge, "parent", "parent line " + i);
                largestSeen = Math.max(largestSeen, largestFile(folder.resolve("AzureBridge")));
            }
        }
        Files.createFile(folder.resolve("stop"));
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).isZero();
        assertThat(largestSeen).as("the largest file seen while both wrote").isLessThanOrEqualTo(BOUNDS.fileBytes() + 200);

        Path roleFolder = folder.resolve("AzureBridge");
        long total = 0;
        try (Stream<Path> files = Files.list(roleFolder)) {
            for (Path file : files.toList()) {
                assertThat(Files.size(file)).as(file.toString()).isLessThanOrEqualTo(BOUNDS.fileBytes() + 200);
                total += Files.size(file);
            }
        }
        try (Stream<Path> files = Files.list(roleFolder)) {
            assertThat(files.count()).isEqualTo(BOUNDS.archives() + 1L);
        }
        assertThat(total).isLessThanOrEqualTo(BOUNDS.mostBytesPerRole());
    }

    /** The child: writes lines into the folder {@code args[0]} until the parent has written its own (for at most a minute). */
    public static void main(String[] args) {
        Path folder = Path.of(args[0]);
        Instant deadline = Instant.now().plusSeconds(60);
        try (RoleLogFiles logs = RoleLogFiles.open(folder, BOUNDS)) {
            for (int i = 0; !Files.exists(folder.resolve("stop")) && Instant.now().isBefore(deadline); i++) {
                logs.info(LogRole.AzureBridge, "child", "child line " + i);
            }
        }
    }

    /** The size of the largest file in {@code roleFolder} now (a file renamed while it is looked at counts as empty). */
    private static long largestFile(Path roleFolder) throws IOException {
        long largest = 0;
        try (Stream<Path> files = Files.list(roleFolder)) {
            for (Path file : files.toList()) {
                try {
                    largest = Math.max(largest, Files.size(file));
                } catch (java.nio.file.NoSuchFileException renamed) {
                    // rolled over meanwhile
                }
            }
        }
        return largest;
    }

    /** Until the child has written, so that both write at once. */
    private void awaitFirstLine(Process child) throws IOException {
        Instant deadline = Instant.now().plusSeconds(30);
        Path active = RoleLogFiles.activeFile(folder, LogRole.AzureBridge);
        while (!(Files.exists(active) && Files.size(active) > 0) && child.isAlive() && Instant.now().isBefore(deadline)) {
            Thread.onSpinWait();
        }
    }
}
