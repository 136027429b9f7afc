package io.stackbridge.adapters.cli.support;

import io.stackbridge.adapters.support.logs.CollectedLogs;
import io.vavr.control.Either;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a bundle whole or not at all: streamed into a temporary file beside it, then moved into
 * place. Whatever stops the writing (the ZIP that cannot be written, a log that cannot be read)
 * deletes the temporary file and leaves {@code file} as it was.
 */
final class BundleFile {

    /** What goes into the file: the collection, streamed. */
    @FunctionalInterface
    interface Content {
        CollectedLogs writeTo(OutputStream out) throws IOException;
    }

    private BundleFile() {
    }

    /** The bundle written, or why not; a log that cannot be read is thrown on, as the collection throws it. */
    static Either<SupportProblem, CollectedLogs> write(Path file, boolean force, Content content) {
        Path temporary = null;
        boolean moved = false;
        try {
            temporary = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".part");
            CollectedLogs logs;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary))) {
                logs = content.writeTo(out);
            }
            if (force) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } else {
                Files.move(temporary, file);
            }
            moved = true;
            return Either.right(logs);
        } catch (IOException | UnsupportedOperationException failed) {
            return Either.left(failed instanceof FileAlreadyExistsException
                    ? new SupportProblem.BundleAlreadyExists(file)
                    : new SupportProblem.BundleNotWritten(file, String.valueOf(failed.getMessage())));
        } finally {
            if (!moved) {
                deleteQuietly(temporary);
            }
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
