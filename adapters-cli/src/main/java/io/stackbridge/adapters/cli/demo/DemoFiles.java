package io.stackbridge.adapters.cli.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The demo's temporary directory, deleted with everything in it once the story is told. */
final class DemoFiles {

    private DemoFiles() {
    }

    static void deleteAll(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
