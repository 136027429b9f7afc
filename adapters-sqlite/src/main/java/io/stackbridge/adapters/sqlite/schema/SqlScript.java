package io.stackbridge.adapters.sqlite.schema;

import io.vavr.collection.List;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A migration script read from the class path and cut into the statements SQLite runs one by one.
 * It reads the script as SQLite's tokenizer does: line comments ({@code --}) and block comments are
 * dropped, quoted text ({@code '…'}, {@code "…"}, {@code `…`}, {@code […]}) is kept whole whatever
 * it holds, and a {@code ;} ends a statement unless it is inside a trigger's body (see {@link StatementEnd}).
 */
final class SqlScript {

    private SqlScript() {
    }

    static List<String> statements(String resource) {
        return split(read(resource));
    }

    static List<String> split(String text) {
        List<String> statements = List.empty();
        StringBuilder statement = new StringBuilder();
        StatementEnd state = StatementEnd.START;
        int at = 0;
        while (at < text.length()) {
            char c = text.charAt(at);
            int next;
            if (text.startsWith("--", at)) {
                next = endOfLine(text, at);
                statement.append(' ');
            } else if (text.startsWith("/*", at)) {
                int close = text.indexOf("*/", at + 2);
                next = close < 0 ? text.length() : close + 2;
                statement.append(' ');
            } else if (c == '\'' || c == '"' || c == '`' || c == '[') {
                next = endOfQuoted(text, at, c == '[' ? ']' : c);
                statement.append(text, at, next);
                state = state.other();
            } else if (Character.isLetter(c) || c == '_') {
                next = endOfWord(text, at);
                statement.append(text, at, next);
                state = state.word(text.substring(at, next));
            } else {
                next = at + 1;
                state = c == ';' ? state.semicolon() : Character.isWhitespace(c) ? state : state.other();
                if (state == StatementEnd.COMPLETE) {
                    statements = add(statements, statement);
                    statement.setLength(0);
                } else {
                    statement.append(c);
                }
            }
            at = next;
        }
        return add(statements, statement).reverse();
    }

    /** {@code statements} (newest first) with {@code statement} in front, unless it is blank. */
    private static List<String> add(List<String> statements, CharSequence statement) {
        String trimmed = statement.toString().strip();
        return trimmed.isEmpty() ? statements : statements.prepend(trimmed);
    }

    private static int endOfLine(String text, int from) {
        int newline = text.indexOf('\n', from);
        return newline < 0 ? text.length() : newline;
    }

    /** Past the quote that closes the one at {@code from}; a doubled quote inside stands for itself. */
    private static int endOfQuoted(String text, int from, char close) {
        int at = from + 1;
        while (at < text.length()) {
            if (text.charAt(at) == close) {
                if (close == ']' || at + 1 >= text.length() || text.charAt(at + 1) != close) {
                    return at + 1;
                }
                at++;
            }
            at++;
        }
        return text.length();
    }

    private static int endOfWord(String text, int from) {
        int at = from;
        while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_' || text.charAt(at) == '$')) {
            at++;
        }
        return at;
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
