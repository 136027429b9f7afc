package io.stackbridge.domain.fault;

import io.stackbridge.domain.validation.Rule;
import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;

import java.util.Objects;

/**
 * One fault rule: which calls it matches, the probability (0..1) that a matching call is hit, how
 * many more times it may fire before it expires (unlimited when absent), and its effect.
 */
public record FaultRule(String id, FaultMatch match, double probability, Option<Integer> remaining, FaultEffect effect) {

    public FaultRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(match, "match");
        Objects.requireNonNull(remaining, "remaining");
        Objects.requireNonNull(effect, "effect");
        if (id.isBlank() || !(probability >= 0 && probability <= 1) || remaining.exists(times -> times < 0)) {
            throw new IllegalArgumentException("invalid fault rule " + id);
        }
    }

    /** Checks raw values and reports every problem at once. */
    public static Validation<Seq<Violation>, FaultRule> of(String id, FaultMatch match, double probability,
                                                            Option<Integer> times, FaultEffect effect) {
        List<Violation> problems = List.empty();
        if (id == null || id.isBlank()) {
            problems = problems.append(Violation.of("id", id, Rule.REQUIRED));
        }
        if (!(probability >= 0 && probability <= 1)) {
            problems = problems.append(Violation.of("probability", String.valueOf(probability), Rule.OUT_OF_RANGE, "0", "1"));
        }
        if (times.exists(count -> count < 1)) {
            problems = problems.append(Violation.of("times", String.valueOf(times.get()), Rule.OUT_OF_RANGE, "1", "2147483647"));
        }
        if (effect instanceof FaultEffect.MetadataResolverFailure
                && match.operation().exists(operation -> operation != Operation.MetadataResolver_Lookup)) {
            problems = problems.append(Violation.of("operation", match.operation().get().name(),
                    Rule.UNKNOWN_VALUE, Operation.MetadataResolver_Lookup.name()));
        }
        if (match.operation().contains(Operation.Admin_Access)) {
            problems = problems.append(Violation.of("operation", Operation.Admin_Access.name(), Rule.UNKNOWN_VALUE,
                    Operation.faultable().map(Enum::name).mkString(", ")));
        }
        return Violation.check(problems, () -> new FaultRule(id, match, probability, times, effect));
    }

    public boolean expired() {
        return remaining.contains(0);
    }

    FaultRule fired() {
        return new FaultRule(id, match, probability, remaining.map(times -> times - 1), effect);
    }
}
