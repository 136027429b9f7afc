package io.stackbridge.adapters.cli.wiring;

import io.stackbridge.adapters.cli.emulator.AdminKeyChoice;
import io.stackbridge.adapters.cli.emulator.AdminKeyText;
import io.stackbridge.adapters.http.server.AdminAccess;
import io.stackbridge.adapters.http.wire.admin.AdminKey;
import io.vavr.control.Option;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The state directory's {@value #NAME} file: where a generated admin key is kept for its owner only
 * (created {@code rw-------} before a byte is written, then moved into place), read by the
 * {@code azure} commands beside their {@code --ca}; deleted when a start generates no key, so a
 * stale key never outlives the start that made it.
 */
final class AdminKeyFile {

    static final String NAME = "admin-key";

    private AdminKeyFile() {
    }

    /** {@code choice} with a generated key made and kept (then given, from this file); the file of an earlier start deleted otherwise. */
    static AdminKeyChoice settle(AdminKeyChoice choice, Path stateDirectory) throws IOException {
        Path file = stateDirectory.resolve(NAME);
        if (!(choice instanceof AdminKeyChoice.Generate)) {
            Files.deleteIfExists(file);
            return choice;
        }
        AdminKeyText key = AdminKeyText.parse(AdminKey.generate().reveal()).get();
        write(file, key.reveal() + "\n");
        return new AdminKeyChoice.Given(key, file.toString());
    }

    /** The HTTP adapter's access rule for a settled choice: open, or the given key required. */
    static AdminAccess access(AdminKeyChoice settled) {
        if (settled instanceof AdminKeyChoice.Given given) {
            return new AdminAccess.KeyRequired(key(given.key()));
        }
        if (settled instanceof AdminKeyChoice.Generate) {
            throw new IllegalStateException("an admin key to generate must be settled first");
        }
        return new AdminAccess.Open();
    }

    /** The HTTP adapter's key for the CLI's text of it (both follow the same rule). */
    static AdminKey key(AdminKeyText text) {
        return AdminKey.parse(text.reveal()).getOrElseThrow(() -> new IllegalArgumentException("an admin key that breaks the rule"));
    }

    static Option<AdminKey> key(Option<AdminKeyText> text) {
        return text.map(AdminKeyFile::key);
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Path fresh;
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            fresh = Files.createTempFile(file.getParent(), NAME, ".new",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            fresh = Files.createTempFile(file.getParent(), NAME, ".new");
        }
        try {
            Files.writeString(fresh, text, StandardCharsets.UTF_8);
            Files.move(fresh, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(fresh);
        }
    }
}
