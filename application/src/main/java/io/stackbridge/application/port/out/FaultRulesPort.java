package io.stackbridge.application.port.out;

import io.stackbridge.domain.fault.FaultCall;
import io.stackbridge.domain.fault.FaultRule;
import io.vavr.collection.List;
import io.vavr.control.Option;

/** The emulated Azure's fault rules in force, and the seeded draw that decides whether one fires for a call. */
public interface FaultRulesPort {

    List<FaultRule> rules();

    /** Adds a rule at the end (a rule with the same ID is replaced). */
    void add(FaultRule rule);

    /** Whether a rule with this ID existed. */
    boolean remove(String id);

    void clear();

    /** The rule that fires for this call, if any (the plan moves on: times count down, rules expire). */
    Option<FaultRule> draw(FaultCall call);

    long seed();

    /** Restarts the random source from {@code seed}, so a run can be replayed. */
    void reseed(long seed);
}
