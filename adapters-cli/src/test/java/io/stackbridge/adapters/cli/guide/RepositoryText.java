package io.stackbridge.adapters.cli.guide;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The repository's own text files (README, guides), found from this module's directory. */
final class RepositoryText {

    private RepositoryText() {
    }

    /** The repository's root: the parent of this module's directory. */
    static Path root() {
        Path module = Path.of(System.getProperty("stackbridge.module.dir", System.getProperty("user.dir")));
        return module.toAbsolutePath().normalize().getParent();
    }

    /** The text of {@code relativePath} (e.g. {@code docs/emulator.md}). */
    static String read(String relativePath) {
        Path file = root().resolve(relativePath);
        try {
            return Files.readString(file);
        } catch (IOException missing) {
            throw new AssertionError(relativePath + " not found at " + file, missing);
        }
    }
}
