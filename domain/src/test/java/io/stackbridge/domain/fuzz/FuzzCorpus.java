package io.stackbridge.domain.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The checked-in inputs of one parser, {@code src/test/resources/fuzz/<parser>/}: valid seeds the
 * mutations start from, and every input that once found a bug (named {@code bug-*}), replayed first.
 */
public record FuzzCorpus(String parser, List<Path> files) {

    /** The corpus of {@code parser} on the test class path; a missing or empty folder is a mistake in the test. */
    public static FuzzCorpus of(String parser) {
        URL folder = FuzzCorpus.class.getClassLoader().getResource("fuzz/" + parser);
        if (folder == null) {
            throw new IllegalStateException("no corpus folder fuzz/" + parser + " on the test class path");
        }
        try (Stream<Path> listed = Files.list(Path.of(folder.toURI()))) {
            List<Path> files = listed.filter(Files::isRegularFile).sorted().toList();
            if (files.isEmpty()) {
                throw new IllegalStateException("the corpus fuzz/" + parser + " is empty");
            }
            return new FuzzCorpus(parser, files);
        } catch (IOException | URISyntaxException unreadable) {
            throw new IllegalStateException("cannot list fuzz/" + parser, unreadable);
        }
    }

    /** Each input as text (UTF-8; bytes that are not UTF-8 become U+FFFD). */
    public List<String> inputs() {
        return files.stream().map(FuzzCorpus::read).toList();
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
