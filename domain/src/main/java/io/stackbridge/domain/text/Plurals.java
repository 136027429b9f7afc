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
        return PatternPlaceholders.replace(pattern, placeholder -> placeholder.format().startsWith(CHOICE)
                ? resolve(branch(placeholder.format().substring(CHOICE.length()),
                        placeholder.index() < arguments.length ? arguments[placeholder.index()] : null), arguments)
                : "{" + placeholder.text() + "}");
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
}
