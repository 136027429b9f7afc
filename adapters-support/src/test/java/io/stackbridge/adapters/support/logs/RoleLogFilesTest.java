package io.stackbridge.adapters.support.logs;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class RoleLogFilesTest {

    @TempDir
    Path folder;

    @Test
    void rotation_keeps_each_role_within_its_bound_and_drops_the_oldest_lines() throws IOException {
        LogBounds bounds = new LogBounds(4 * 1024, 3);
        try (RoleLogFiles logs = RoleLogFiles.open(folder, bounds)) {
            for (int i = 0; i < 2_000; i++) {
                logs.info(LogRole.AzureBridge, "run-1", "push attempt " + i + " of batch b-" + i + " " + "x".repeat(i % 300));
            }
        }
        Path roleFolder = folder.resolve("AzureBridge");
        try (Stream<Path> files = Files.list(roleFolder)) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .containsExactlyInAnyOrder("AzureBridge.log", "AzureBridge.1.log", "AzureBridge.2.log", "AzureBridge.3.log");
        }
        long total = 0;
        try (Stream<Path> files = Files.list(roleFolder)) {
            for (Path file : files.toList()) {
                long size = Files.size(file);
                assertThat(size).as(file.toString()).isLessThanOrEqualTo(bounds.fileBytes() + 1_000);
                total += size;
            }
        }
        assertThat(total).isLessThanOrEqualTo(bounds.mostBytesPerRole());
        assertThat(Files.readString(RoleLogFiles.activeFile(folder, LogRole.AzureBridge))).contains("push attempt 1999 ");
        String everything = Files.readString(RoleLogFiles.archive(folder, LogRole.AzureBridge, 3));
        assertThat(everything).doesNotContain("push attempt 0 ");
    }

    @Test
    void each_line_has_time_level_role_correlation_and_code_and_secrets_are_masked() throws IOException {
        Instant at = Instant.parse("2026-12-05T04:55:01.123Z");
        try (RoleLogFiles logs = RoleLogFiles.open(folder, LogBounds.DEFAULT)) {
            logs.write(new RoleLine(at, LogLevel.WARN, LogRole.AzureBridge, "c-1", "LoginError",
                    "sign-in refused\nclient_secret=s3cr3t-Value Authorization: Bearer eyJhbGciOi.eyJzdWIi.c2ln"));
        }
        String line = Files.readString(RoleLogFiles.activeFile(folder, LogRole.AzureBridge), StandardCharsets.UTF_8);
        assertThat(line).startsWith("2026-12-05T04:55:01.123Z WARN  AzureBridge correlation=c-1 code=LoginError sign-in refused ")
                .doesNotContain("s3cr3t-Value").doesNotContain("eyJ").endsWith("\n");
        assertThat(line.lines()).hasSize(1);
        assertThat(RoleLineFormat.timeOf(line)).contains(at);
    }

    @Test
    void two_stamps_in_one_process_write_their_own_files_and_a_role_without_lines_has_none() throws IOException {
        Path first = folder.resolve("one");
        Path second = folder.resolve("two");
        try (RoleLogFiles a = RoleLogFiles.open(first, LogBounds.DEFAULT); RoleLogFiles b = RoleLogFiles.open(second, LogBounds.DEFAULT)) {
            a.info(LogRole.WAS, "q-1", "first stamp");
            b.info(LogRole.WAS, "q-2", "second stamp");
        }
        assertThat(Files.readString(RoleLogFiles.activeFile(first, LogRole.WAS))).contains("first stamp").doesNotContain("second");
        assertThat(Files.readString(RoleLogFiles.activeFile(second, LogRole.WAS))).contains("second stamp").doesNotContain("first");
        assertThat(RoleLogFiles.activeFile(first, LogRole.AzureBridge)).doesNotExist();
    }

    @Test
    void a_folder_opened_twice_shares_its_files_until_the_last_user_closes() throws IOException {
        RoleLogFiles outer = RoleLogFiles.open(folder, LogBounds.DEFAULT);
        try (RoleLogFiles inner = RoleLogFiles.open(folder, LogBounds.DEFAULT)) {
            inner.info(LogRole.WASPublic, "q", "inner");
        }
        outer.info(LogRole.WASPublic, "q", "outer, after the inner one closed");
        outer.close();
        assertThat(Files.readString(RoleLogFiles.activeFile(folder, LogRole.WASPublic))).contains("inner").contains("outer, after");
    }
}
