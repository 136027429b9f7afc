package io.stackbridge.adapters.cli.wiring;

import io.stackbridge.adapters.cli.emulator.AdminKeyChoice;
import io.stackbridge.adapters.cli.stack.AdminKeySources;
import io.stackbridge.adapters.http.server.AdminAccess;
import io.stackbridge.adapters.support.access.AdminKey;
import io.stackbridge.adapters.support.files.OwnerOnlyFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The state directory's {@value #NAME} file: where a generated admin key is kept for its owner only
 * (written through {@link OwnerOnlyFiles}), read by the {@code azure} commands beside their {@code --ca}; deleted when a start generates no key, so a
 * stale key never outlives the start that made it.
 */
final class AdminKeyFile {

    static final String NAME = AdminKeySources.FILE;

    private AdminKeyFile() {
    }

    /** {@code choice} with a generated key made and kept (then given, from this file); the file of an earlier start deleted otherwise. */
    static AdminKeyChoice settle(AdminKeyChoice choice, Path stateDirectory) throws IOException {
        Path file = stateDirectory.resolve(NAME);
        if (!(choice instanceof AdminKeyChoice.Generate)) {
            Files.deleteIfExists(file);
            return choice;
        }
        AdminKey key = AdminKey.generate();
        OwnerOnlyFiles.write(file, key.reveal() + "\n");
        return new AdminKeyChoice.Given(key, file.toString());
    }

    /** The HTTP adapter's access rule for a settled choice: open, or the given key required. */
    static AdminAccess access(AdminKeyChoice settled) {
        if (settled instanceof AdminKeyChoice.Given given) {
            return new AdminAccess.KeyRequired(given.key());
        }
        if (settled instanceof AdminKeyChoice.Generate) {
            throw new IllegalStateException("an admin key to generate must be settled first");
        }
        return new AdminAccess.Open();
    }
}
