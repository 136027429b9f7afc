package io.stackbridge.domain.text;

/**
 * Shortens text quoted back to someone: a value an error names, or a failure told in one line. One
 * length for all: {@value #MAX} characters keep a failure's line whole (its exception and its root
 * cause, host names and certificate reasons included), while a huge input never makes a huge answer.
 */
public final class Excerpt {

    public static final int MAX = 400;

    private Excerpt() {
    }

    /** At most {@value #MAX} characters of {@code text} (the last one an ellipsis when cut); none for null. */
    public static String of(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= MAX ? text : text.substring(0, MAX - 1) + "…";
    }

    /** {@code text} on one line (every run of white space one space), then shortened. */
    public static String oneLine(String text) {
        return of(text == null ? "" : text.replaceAll("\\s+", " ").trim());
    }
}
