package io.stackbridge.domain.text;

import java.text.ChoiceFormat;

/**
 * Chooses the branch of each {@code {N,choice,…}} of a pattern by the number its argument holds, so
 * that "1 second" and "2 seconds" come from one pattern in each language
 * ({@code {0,choice,0#{0} seconds|1#{0} second|1<{0} seconds}}; French: {@code {0,choice,0#{0} seconde|2#{0} secondes}}).
 * The chosen branch takes the choice's place in the pattern; its placeholders are then filled like
 * any other, as written (no number grouping). An argument that is no number takes the last branch.
 */
final class Plurals {

    private static final String CHOICE = "choice,";

    private Plurals() {
    }

    /** {@code pattern} with every top-level choice replaced by the branch its argument selects. */
    static String resolve(String pattern, Object[] arguments) {
        if (!pattern.contains(CHOICE)) {
            return pattern;
        }
        StringBuilder resolved = new StringBuilder();
        int at = 0;
        while (at < pattern.length()) {
            char c = pattern.charAt(at);
            if (c != '{') {
                resolved.append(c);
                at++;
                continue;
            }
            int end = closing(pattern, at);
            String inside = pattern.substring(at + 1, end);
            int comma = inside.indexOf(',');
            String format = comma < 0 ? "" : inside.substring(comma + 1).trim();
            if (format.startsWith(CHOICE)) {
                int index = Integer.parseInt(inside.substring(0, comma).trim());
                resolved.append(resolve(branch(format.substring(CHOICE.length()), index < arguments.length ? arguments[index] : null), arguments));
            } else {
                resolved.append('{').append(inside).append('}');
            }
            at = end + 1;
        }
        return resolved.toString();
    }

    private static String branch(String choices, Object argument) {
        ChoiceFormat choice = new ChoiceFormat(choices);
        return number(argument).map(choice::format)
                .orElseGet(() -> (String) choice.getFormats()[choice.getFormats().length - 1]);
    }

    private static java.util.Optional<Double> number(Object argument) {
        if (argument instanceof Number number) {
            return java.util.Optional.of(number.doubleValue());
        }
        try {
            return java.util.Optional.of(Double.parseDouble(String.valueOf(argument).trim()));
        } catch (NumberFormatException notANumber) {
            return java.util.Optional.empty();
        }
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
