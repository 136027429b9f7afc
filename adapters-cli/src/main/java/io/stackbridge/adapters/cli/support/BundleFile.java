package io.stackbridge.adapters.cli.support;

import io.vavr.control.Either;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a bundle whole or not at all: into a temporary file beside it, then moved into place. */
final class BundleFile {

    private BundleFile() {
    }

    static Either<SupportProblem, Path> write(Path file, byte[] zip, boolean force) {
        Path temporary = null;
        try {
            temporary = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".part");
            Files.write(temporary, zip);
            if (force) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } else {
                Files.move(temporary, file);
            }
            return Either.right(file);
        } catch (IOException | UnsupportedOperationException failed) {
            deleteQuietly(temporary);
            return Either.left(failed instanceof java.nio.file.FileAlreadyExistsException
                    ? new SupportProblem.BundleAlreadyExists(file)
                    : new SupportProblem.BundleNotWritten(file, String.valueOf(failed.getMessage())));
        }
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary == null) {
            return;
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
            // the temporary file stays behind; the bundle itself was not written
        }
    }
}
