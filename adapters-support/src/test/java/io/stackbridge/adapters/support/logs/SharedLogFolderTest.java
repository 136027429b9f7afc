package io.stackbridge.adapters.support.logs;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Writers that share a logs folder: two logback contexts (as two processes have), and lines that come after the close. */
class SharedLogFolderTest {

    @TempDir
    Path folder;

    @Test
    void two_contexts_over_one_folder_roll_over_together_and_no_archive_grows_past_its_bound() throws IOException {
        LogBounds bounds = new LogBounds(2048, 3);
        RoleAppenders command = new RoleAppenders(folder, bounds);
        RoleAppenders served = new RoleAppenders(folder, bounds);
        try {
            for (int i = 0; i < 400; i++) {
                command.write(line("command line " + i));
                served.write(line("served line " + i));
            }
        } finally {
            command.stop();
            served.stop();
        }
        Path roleFolder = folder.resolve("WAS");
        try (Stream<Path> files = Files.list(roleFolder)) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .containsExactlyInAnyOrder("WAS.log", "WAS.1.log", "WAS.2.log", "WAS.3.log");
        }
        long total = 0;
        try (Stream<Path> files = Files.list(roleFolder)) {
            for (Path file : files.toList()) {
                assertThat(Files.size(file)).as(file.toString()).isLessThanOrEqualTo(bounds.fileBytes() + 200);
                total += Files.size(file);
            }
        }
        assertThat(total).isLessThanOrEqualTo(bounds.mostBytesPerRole());
        String active = Files.readString(RoleLogFiles.activeFile(folder, LogRole.WAS));
        assertThat(active).contains("command line 399").contains("served line 399");
        String newest = Files.readString(RoleLogFiles.archive(folder, LogRole.WAS, 1));
        assertThat(newest + active).contains("command line 390").contains("served line 390");
    }

    @Test
    void a_line_written_after_the_close_is_dropped_and_leaves_no_file_open() throws IOException {
        RoleLogFiles logs = RoleLogFiles.open(folder, LogBounds.DEFAULT);
        logs.info(LogRole.WASPublic, "q-1", "before the close");
        logs.close();

        logs.info(LogRole.WASPublic, "q-2", "after the close");
        logs.info(LogRole.AzureBridge, "run-1", "after the close");

        assertThat(Files.readString(RoleLogFiles.activeFile(folder, LogRole.WASPublic))).contains("before the close")
                .doesNotContain("after the close");
        assertThat(RoleLogFiles.activeFile(folder, LogRole.AzureBridge)).doesNotExist();
        assertThat(openHandlesOn(folder)).isZero();
    }

    @Test
    void a_stopped_folder_starts_no_appender_for_a_late_line() throws IOException {
        RoleAppenders appenders = new RoleAppenders(folder, LogBounds.DEFAULT);
        appenders.stop();

        appenders.write(line("a bridge run that ended after serve stopped"));

        assertThat(RoleLogFiles.activeFile(folder, LogRole.WAS)).doesNotExist();
        assertThat(openHandlesOn(folder)).isZero();
    }

    private static RoleLine line(String message) {
        return new RoleLine(Instant.now(), LogLevel.INFO, LogRole.WAS, "q", RoleLine.NO_CODE, message);
    }

    /** How many of this process's open files lie under {@code folder} (0 where the system does not list them). */
    private static long openHandlesOn(Path folder) throws IOException {
        Path descriptors = Path.of("/proc/self/fd");
        if (!Files.isDirectory(descriptors)) {
            return 0;
        }
        String under = folder.toRealPath().toString();
        try (Stream<Path> open = Files.list(descriptors)) {
            return open.map(SharedLogFolderTest::target).filter(target -> target.startsWith(under)).count();
        }
    }

    private static String target(Path descriptor) {
        try {
            return Files.readSymbolicLink(descriptor).toString();
        } catch (IOException | UnsupportedOperationException gone) {
            return "";
        }
    }
}
