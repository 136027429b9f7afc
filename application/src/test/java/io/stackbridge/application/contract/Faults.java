package io.stackbridge.application.contract;

import io.stackbridge.domain.fault.FaultEffect;
import io.stackbridge.domain.fault.FaultMatch;
import io.stackbridge.domain.fault.FaultRule;
import io.stackbridge.domain.fault.Operation;
import io.vavr.control.Option;

/** Fault rules for tests: on one operation, certain to fire, forever or a given number of times. */
public final class Faults {

    private Faults() {
    }

    /** Fires on every call of {@code operation}. */
    public static FaultRule always(Operation operation, FaultEffect effect) {
        return new FaultRule(idOf(operation, effect), FaultMatch.operation(operation), 1.0, Option.none(), effect);
    }

    /** Fires on the next {@code times} calls of {@code operation}, then expires. */
    public static FaultRule times(int times, Operation operation, FaultEffect effect) {
        return new FaultRule(idOf(operation, effect), FaultMatch.operation(operation), 1.0, Option.some(times), effect);
    }

    private static String idOf(Operation operation, FaultEffect effect) {
        return operation.name() + "-" + effect.getClass().getSimpleName();
    }
}
