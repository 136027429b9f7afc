package io.stackbridge.domain.text;

import java.util.function.Function;

/**
 * Walks a {@link java.text.MessageFormat} pattern's top-level placeholders ({@code {0}}, {@code {1,choice,…}}),
 * nested braces included, and rebuilds the pattern with each one replaced; the text between them is kept.
 */
public final class PatternPlaceholders {

    /** One top-level placeholder: its argument index (-1 when its braces hold none), its format ({@code ""}, {@code "choice,…"}, …) and its text between the braces. */
    public record Placeholder(int index, String format, String text) {
    }

    private PatternPlaceholders() {
    }

    /** {@code pattern} with every top-level placeholder replaced by what {@code replace} makes of it. */
    public static String replace(String pattern, Function<Placeholder, String> replace) {
        StringBuilder rebuilt = new StringBuilder();
        int at = 0;
        while (at < pattern.length()) {
            char c = pattern.charAt(at);
            if (c != '{') {
                rebuilt.append(c);
                at++;
                continue;
            }
            int end = closing(pattern, at);
            String inside = pattern.substring(at + 1, end);
            int comma = inside.indexOf(',');
            int index = index((comma < 0 ? inside : inside.substring(0, comma)).trim());
            rebuilt.append(replace.apply(new Placeholder(index, comma < 0 ? "" : inside.substring(comma + 1).trim(), inside)));
            at = end + 1;
        }
        return rebuilt.toString();
    }

    /** The argument index a placeholder names; -1 for braces that hold no index (quoted text, a path template). */
    private static int index(String text) {
        return text.matches("\\d{1,9}") ? Integer.parseInt(text) : -1;
    }

    /** The index of the brace that closes the one at {@code open}. */
    private static int closing(String pattern, int open) {
        int depth = 0;
        for (int at = open; at < pattern.length(); at++) {
            depth += pattern.charAt(at) == '{' ? 1 : pattern.charAt(at) == '}' ? -1 : 0;
            if (depth == 0) {
                return at;
            }
        }
        throw new IllegalArgumentException("unbalanced braces in " + pattern);
    }
}
