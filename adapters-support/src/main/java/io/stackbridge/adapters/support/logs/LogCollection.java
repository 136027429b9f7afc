package io.stackbridge.adapters.support.logs;

import io.stackbridge.adapters.support.logs.CollectedLogs.CollectedFile;
import io.vavr.collection.List;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Collects a stamp's role logs as support receives them: a ZIP with, for each chosen role that wrote
 * within the range, {@code <Role>/<Role>.log} (its lines of the range, oldest first, from its archives
 * and its active file, {@link RoleEntry}), and {@code manifest.json} ({@link BundleManifest}). The ZIP
 * is streamed into the caller's stream as the files are read line by line, so a collection holds a
 * line and the ZIP's buffers, never a whole file; the caller decides where it goes (a temporary file
 * moved into place, for a bundle that is whole or absent) and closes its stream.
 */
public final class LogCollection {

    private LogCollection() {
    }

    /**
     * Writes the bundle into {@code out}. A log file that cannot be read is an {@link UncheckedIOException};
     * {@code out} failing, an {@link IOException}. Either way what was written is no bundle.
     */
    public static CollectedLogs collect(Path folder, LogSelection selection, BundleFacts facts, Instant collectedAt, OutputStream out)
            throws IOException {
        Counted counted = new Counted(out);
        List<CollectedFile> files = List.empty();
        try (ZipOutputStream zip = new ZipOutputStream(counted, StandardCharsets.UTF_8)) {
            for (LogRole role : selection.roles()) {
                files = files.appendAll(RoleEntry.copy(folder, role, selection, zip));
            }
            zip.putNextEntry(new ZipEntry(CollectedLogs.MANIFEST));
            zip.write(BundleManifest.of(facts, selection, files, collectedAt));
            zip.closeEntry();
        }
        return new CollectedLogs(counted.bytes, files, selection);
    }

    /** The caller's stream, counted, left open when the ZIP closes. */
    private static final class Counted extends FilterOutputStream {

        private long bytes;

        Counted(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            bytes += len;
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
