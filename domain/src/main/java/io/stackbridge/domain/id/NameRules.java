package io.stackbridge.domain.id;

import io.stackbridge.domain.validation.Rule;
import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

import java.util.function.IntPredicate;

/** The ARM naming rules shared by resource group and registration names; reports every broken rule. */
final class NameRules {

    static final int MAX_LENGTH = 90;

    private final String allowedDescription;
    private final IntPredicate allowedPunctuation;
    private final boolean mayEndWithPeriod;

    NameRules(String allowedPunctuation, boolean mayEndWithPeriod) {
        this.allowedDescription = String.join(" ", allowedPunctuation.split(""));
        this.allowedPunctuation = c -> allowedPunctuation.indexOf(c) >= 0;
        this.mayEndWithPeriod = mayEndWithPeriod;
    }

    Validation<Seq<Violation>, String> check(String field, String name) {
        if (name == null || name.isEmpty()) {
            return Violation.invalid(field, name, Rule.REQUIRED);
        }
        List<Violation> problems = List.empty();
        if (name.length() > MAX_LENGTH) {
            problems = problems.append(Violation.of(field, name, Rule.TOO_LONG, String.valueOf(MAX_LENGTH)));
        }
        String offending = offendingCharacters(name);
        if (!offending.isEmpty()) {
            problems = problems.append(Violation.of(field, name, Rule.INVALID_CHARACTERS, offending, allowedDescription));
        }
        if (!mayEndWithPeriod && name.endsWith(".")) {
            problems = problems.append(Violation.of(field, name, Rule.ENDS_WITH_PERIOD));
        }
        return Violation.check(problems, () -> name);
    }

    private String offendingCharacters(String name) {
        StringBuilder offending = new StringBuilder();
        name.codePoints()
                .filter(c -> !Character.isLetterOrDigit(c) && !allowedPunctuation.test(c))
                .distinct()
                .forEach(offending::appendCodePoint);
        return offending.toString();
    }
}
