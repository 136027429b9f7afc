package io.stackbridge.adapters.fakeazure.fault;

import io.stackbridge.adapters.fakeazure.Resettable;
import io.stackbridge.application.port.out.FaultRulesPort;
import io.stackbridge.domain.fault.FaultCall;
import io.stackbridge.domain.fault.FaultPlan;
import io.stackbridge.domain.fault.FaultRule;
import io.vavr.collection.List;
import io.vavr.control.Option;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.util.Random;

/**
 * The fault rules in force and the seeded random source they draw from. Drawing is one atomic
 * step (plan transition and random draw together), so a run with the same seed and the same
 * sequence of calls fires the same rules.
 */
@Singleton
public final class FaultInjector implements Resettable, FaultRulesPort {

    /** The seed used unless another is configured: the same every run, so failures replay. */
    public static final long DEFAULT_SEED = 20261121L;

    private final long initialSeed;
    private long seed;
    private Random random;
    private FaultPlan plan = FaultPlan.EMPTY;

    @Inject
    public FaultInjector(@FaultSeed long seed) {
        this.initialSeed = seed;
        reseed(seed);
    }

    /** The rule that fires for this call, if any; a rule with a count expires after its last firing. */
    public synchronized Option<FaultRule> draw(FaultCall call) {
        FaultPlan.Draw draw = plan.draw(call, random::nextDouble);
        plan = draw.next();
        return draw.fired();
    }

    /** Adds a rule at the end of the list (a rule with the same id is replaced). */
    public synchronized void add(FaultRule rule) {
        plan = plan.add(rule);
    }

    /** Removes a rule; whether it existed. */
    public synchronized boolean remove(String id) {
        boolean existed = plan.find(id).isDefined();
        plan = plan.remove(id);
        return existed;
    }

    /** The rules still in force, in order (expired ones are gone). */
    public synchronized List<FaultRule> rules() {
        return plan.rules();
    }

    public synchronized void clear() {
        plan = FaultPlan.EMPTY;
    }

    /** Restarts the random source from {@code newSeed}. */
    public synchronized void reseed(long newSeed) {
        seed = newSeed;
        random = new Random(newSeed);
    }

    public synchronized long seed() {
        return seed;
    }

    /** No rules, and the random source back at the initial seed. */
    @Override
    public synchronized void reset() {
        clear();
        reseed(initialSeed);
    }
}
