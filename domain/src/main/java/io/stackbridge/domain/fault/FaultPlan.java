package io.stackbridge.domain.fault;

import io.vavr.collection.List;
import io.vavr.control.Option;

import java.util.function.DoubleSupplier;

/**
 * The ordered fault rules in force. For each call the first rule that matches decides: it fires
 * with its probability (the random source is only consulted for probabilities strictly between 0
 * and 1, so a seeded source replays a run exactly); a rule that has fired its last time expires.
 * Immutable: drawing returns the next plan.
 */
public record FaultPlan(List<FaultRule> rules) {

    public static final FaultPlan EMPTY = new FaultPlan(List.empty());

    /** The plan after a call, and the rule that fired for it, if any. */
    public record Draw(FaultPlan next, Option<FaultRule> fired) {
    }

    public FaultPlan {
        rules = rules == null ? List.empty() : rules.filter(rule -> !rule.expired());
    }

    public Draw draw(FaultCall call, DoubleSupplier random) {
        Option<FaultRule> matching = rules.find(rule -> rule.match().matches(call));
        if (matching.isEmpty() || !fires(matching.get().probability(), random)) {
            return new Draw(this, Option.none());
        }
        FaultRule rule = matching.get();
        return new Draw(new FaultPlan(rules.replace(rule, rule.fired())), Option.some(rule));
    }

    public FaultPlan add(FaultRule rule) {
        return new FaultPlan(rules.filter(existing -> !existing.id().equals(rule.id())).append(rule));
    }

    public FaultPlan remove(String id) {
        return new FaultPlan(rules.filter(rule -> !rule.id().equals(id)));
    }

    public Option<FaultRule> find(String id) {
        return rules.find(rule -> rule.id().equals(id));
    }

    private static boolean fires(double probability, DoubleSupplier random) {
        if (probability >= 1) {
            return true;
        }
        return probability > 0 && random.getAsDouble() < probability;
    }
}
