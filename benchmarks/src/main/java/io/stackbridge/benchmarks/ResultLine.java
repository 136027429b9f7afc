package io.stackbridge.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Where a benchmark main leaves its one result line: the file {@code benchmarks/run} names, read back by the script. */
final class ResultLine {

    private ResultLine() {
    }

    static void write(Path file, String format, Object... values) {
        try {
            Files.writeString(file, String.format(Locale.ROOT, format, values) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the result to " + file, e);
        }
    }
}
