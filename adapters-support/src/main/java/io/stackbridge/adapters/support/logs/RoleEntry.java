package io.stackbridge.adapters.support.logs;

import io.stackbridge.adapters.support.logs.CollectedLogs.CollectedFile;
import io.vavr.collection.List;
import io.vavr.control.Option;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * One role's lines of a range, copied into the ZIP as {@code <Role>/<Role>.log} line by line (oldest
 * archive first, the active file last), each masked again on its way: nothing of a file is held but
 * the line being copied. The entry is opened on the first line kept; a role with none has no entry.
 * A log file that cannot be read is an {@link UncheckedIOException}; the ZIP that cannot be written,
 * an {@link IOException}.
 */
final class RoleEntry {

    private RoleEntry() {
    }

    static Option<CollectedFile> copy(Path folder, LogRole role, LogSelection selection, ZipOutputStream zip) throws IOException {
        String name = role.name() + "/" + role.name() + ".log";
        List<Path> files = List.rangeClosed(1, 20).reverse().map(index -> RoleLogFiles.archive(folder, role, index))
                .append(RoleLogFiles.activeFile(folder, role));
        long bytes = 0;
        int lines = 0;
        for (Path file : files) {
            BufferedReader reader = open(file);
            if (reader == null) {
                continue;
            }
            try (reader) {
                boolean taking = false;
                for (String line = next(reader, file); line != null; line = next(reader, file)) {
                    taking = RoleLineFormat.timeOf(line).map(selection::covers).getOrElse(taking);
                    if (taking) {
                        if (lines == 0) {
                            zip.putNextEntry(new ZipEntry(name));
                        }
                        byte[] kept = (Redaction.mask(line) + "\n").getBytes(StandardCharsets.UTF_8);
                        zip.write(kept);
                        bytes += kept.length;
                        lines++;
                    }
                }
            }
        }
        if (lines == 0) {
            return Option.none();
        }
        zip.closeEntry();
        return Option.some(new CollectedFile(name, role, bytes, lines));
    }

    /** The file to read (a broken UTF-8 sequence reads as a replacement character), or null when the role never wrote it. */
    private static BufferedReader open(Path file) {
        try {
            return new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8));
        } catch (NoSuchFileException absent) {
            return null;
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static String next(BufferedReader reader, Path file) {
        try {
            return reader.readLine();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(file + ": " + unreadable.getMessage(), unreadable);
        }
    }
}
