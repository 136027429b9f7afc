package io.stackbridge.adapters.cli.errors;

import io.vavr.collection.List;

/**
 * A message pattern with each placeholder shown by its name: {@code {0}} becomes {@code <endpoint>}; a
 * choice ({@code {1,choice,1#one second|1<{1} seconds}}) shows its last, plural, branch with the name
 * in it; any other format ({@code {0,number}}) shows the name.
 */
final class PlaceholderNames {

    private PlaceholderNames() {
    }

    static String fill(String pattern, List<String> names) {
        StringBuilder shown = new StringBuilder();
        int at = 0;
        while (at < pattern.length()) {
            char c = pattern.charAt(at);
            if (c != '{') {
                shown.append(c);
                at++;
                continue;
            }
            int end = closing(pattern, at);
            shown.append(placeholder(pattern.substring(at + 1, end), names));
            at = end + 1;
        }
        return shown.toString();
    }

    private static String placeholder(String inside, List<String> names) {
        int comma = inside.indexOf(',');
        int index = Integer.parseInt((comma < 0 ? inside : inside.substring(0, comma)).trim());
        String name = "<" + (index < names.size() ? names.get(index) : String.valueOf(index)) + ">";
        String format = comma < 0 ? "" : inside.substring(comma + 1).trim();
        if (!format.startsWith("choice,")) {
            return name;
        }
        String choices = format.substring("choice,".length());
        String last = choices.substring(choices.lastIndexOf('|') + 1);
        int limit = List.of(last.indexOf('#'), last.indexOf('<'), last.indexOf('≤')).filter(i -> i >= 0).min().getOrElse(-1);
        return fill(last.substring(limit + 1), names);
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
