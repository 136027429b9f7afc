package io.stackbridge.adapters.sqlite.schema;

import io.vavr.collection.List;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A migration script read from the class path and cut into statements: lines starting with
 * {@code --} are comments, and a statement ends with a {@code ;} at the end of a line (the
 * scripts hold no literal with a semicolon in it).
 */
final class SqlScript {

    private SqlScript() {
    }

    static List<String> statements(String resource) {
        return split(read(resource));
    }

    static List<String> split(String text) {
        String code = List.of(text.split("\n"))
                .filter(line -> !line.trim().startsWith("--"))
                .mkString("\n");
        return List.of(code.split(";\\s*(\n|$)"))
                .map(String::trim)
                .filter(statement -> !statement.isEmpty());
    }

    private static String read(String resource) {
        try (InputStream in = SqlScript.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing migration script " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot read migration script " + resource, unreadable);
        }
    }
}
