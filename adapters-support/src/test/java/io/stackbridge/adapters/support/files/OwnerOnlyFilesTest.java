package io.stackbridge.adapters.support.files;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Files that hold secrets are created readable by their owner only, and a rewrite never leaves a wider file or a partial one behind. */
class OwnerOnlyFilesTest {

    @TempDir
    Path directory;

    @Test
    void a_written_file_is_owner_only_and_holds_the_text() throws IOException {
        assumeTrue(posix());
        Path file = directory.resolve("nested/admin-key");

        OwnerOnlyFiles.write(file, "first");
        OwnerOnlyFiles.write(file, "second");

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("second");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        try (var files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void a_rewrite_narrows_a_file_that_others_could_read() throws IOException {
        assumeTrue(posix());
        Path file = directory.resolve("server-key.pem");
        Files.writeString(file, "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        OwnerOnlyFiles.write(file, "new");

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void an_absent_file_is_created_empty_and_owner_only_and_an_existing_one_is_left_alone() throws IOException {
        assumeTrue(posix());
        Path fresh = directory.resolve("a/state.db");
        Path existing = directory.resolve("kept.db");
        Files.writeString(existing, "data");
        Files.setPosixFilePermissions(existing, PosixFilePermissions.fromString("rw-r-----"));

        OwnerOnlyFiles.createIfAbsent(fresh);
        OwnerOnlyFiles.createIfAbsent(existing);

        assertThat(Files.size(fresh)).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh))).isEqualTo("rw-------");
        assertThat(Files.readString(existing)).isEqualTo("data");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(existing))).isEqualTo("rw-r-----");
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
