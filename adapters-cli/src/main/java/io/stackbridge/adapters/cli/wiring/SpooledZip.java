package io.stackbridge.adapters.cli.wiring;

import java.io.BufferedOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A ZIP written to a temporary file, then read back as the page downloads it: the collection finishes
 * (or fails, and nothing is sent) before the first byte goes out, and no more than the streams'
 * buffers is held in memory. The file is unlinked as soon as it is opened for reading where the system
 * allows it, else when the stream closes; a collection that fails deletes it at once.
 */
final class SpooledZip {

    /** What goes into the file. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private SpooledZip() {
    }

    static InputStream of(Content content) {
        Path file = null;
        boolean reading = false;
        try {
            file = Files.createTempFile("stackbridge-logs-", ".zip");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
                content.writeTo(out);
            }
            InputStream in = new Deleting(Files.newInputStream(file), file);
            reading = true;
            deleteQuietly(file);
            return in;
        } catch (IOException unwritable) {
            throw new UncheckedIOException(unwritable);
        } finally {
            if (!reading && file != null) {
                deleteQuietly(file);
            }
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException stillOpen) {
            // a system that cannot delete an open file: the stream deletes it when it closes
        }
    }

    /** The spooled file's stream, which deletes the file when it closes. */
    private static final class Deleting extends FilterInputStream {

        private final Path file;

        Deleting(InputStream in, Path file) {
            super(in);
            this.file = file;
        }

        @Override
        public void close() throws IOException {
            try {
                super.close();
            } finally {
                deleteQuietly(file);
            }
        }
    }
}
