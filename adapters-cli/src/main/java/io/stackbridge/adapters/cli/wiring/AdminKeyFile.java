package io.stackbridge.adapters.cli.wiring;

import io.stackbridge.adapters.cli.emulator.AdminKeyChoice;
import io.stackbridge.adapters.cli.stack.AdminKeySources;
import io.stackbridge.adapters.http.server.AdminAccess;
import io.stackbridge.adapters.support.access.AdminKey;
import io.stackbridge.adapters.support.files.OwnerOnlyFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The state directory's {@value #NAME} file: where a generated admin key is kept for its owner only
 * (written through {@link OwnerOnlyFiles}), read by the {@code azure} and {@code lab} commands beside
 * their {@code --ca}. A generated key is made in memory ({@link #settle}); the file is written only
 * once the server listens ({@link #keep}), so a start that fails never writes nor deletes it (another
 * emulator may be using it); a start that succeeds without a generated key deletes a stale one; a clean
 * stop deletes the file while it still holds the key of that start.
 */
final class AdminKeyFile {

    static final String NAME = AdminKeySources.FILE;

    private AdminKeyFile() {
    }

    /** A start's admin key: {@code choice} to serve with, {@code generated} when this start made it (then {@code choice} gives it). */
    record Settled(AdminKeyChoice choice, boolean generated, Path file) {

        /**
         * Once the server listens: the generated key written, or a stale file deleted when none was generated.
         * Returns what a clean stop does: delete the file if it still holds this start's key.
         */
        Runnable keep() throws IOException {
            if (!generated || !(choice instanceof AdminKeyChoice.Given given)) {
                Files.deleteIfExists(file);
                return () -> { };
            }
            OwnerOnlyFiles.write(file, given.key().reveal() + "\n");
            return () -> forget(file, given.key());
        }
    }

    /** {@code choice} with a generated key made in memory (then given, naming this file); nothing is written yet. */
    static Settled settle(AdminKeyChoice choice, Path stateDirectory) {
        Path file = stateDirectory.resolve(NAME);
        return choice instanceof AdminKeyChoice.Generate
                ? new Settled(new AdminKeyChoice.Given(AdminKey.generate(), file.toString()), true, file)
                : new Settled(choice, false, file);
    }

    /** Deletes {@code file} if it still holds {@code key} (a later start may have written its own since). */
    private static void forget(Path file, AdminKey key) {
        try {
            if (Files.isRegularFile(file) && key.matches(Files.readString(file, StandardCharsets.UTF_8).strip())) {
                Files.delete(file);
            }
        } catch (IOException | RuntimeException gone) {
            // Already gone or unreadable: nothing of this start's to delete.
        }
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
