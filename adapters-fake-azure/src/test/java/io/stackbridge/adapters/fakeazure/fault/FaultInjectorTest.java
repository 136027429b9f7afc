package io.stackbridge.adapters.fakeazure.fault;

import io.stackbridge.domain.error.ErrorCode;
import io.stackbridge.domain.fault.FaultCall;
import io.stackbridge.domain.fault.FaultEffect;
import io.stackbridge.domain.fault.FaultMatch;
import io.stackbridge.domain.fault.FaultRule;
import io.stackbridge.domain.fault.Operation;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FaultInjectorTest {

    private static final FaultCall PUSH = FaultCall.of(Operation.Usage_Push);

    private static FaultRule rule(String id, double probability, Integer times) {
        return FaultRule.of(id, FaultMatch.operation(Operation.Usage_Push), probability, Option.of(times),
                new FaultEffect.ReturnError(ErrorCode.ServiceUnavailable)).get();
    }

    private static List<Boolean> firings(FaultInjector faults, int calls) {
        return List.range(0, calls).map(call -> faults.draw(PUSH).isDefined());
    }

    @Test
    void the_same_seed_fires_the_same_calls_and_another_seed_does_not() {
        FaultInjector first = new FaultInjector(FaultInjector.DEFAULT_SEED);
        FaultInjector second = new FaultInjector(FaultInjector.DEFAULT_SEED);
        FaultInjector other = new FaultInjector(1);
        List.of(first, second, other).forEach(faults -> faults.add(rule("flaky", 0.5, null)));

        assertThat(firings(first, 64)).isEqualTo(firings(second, 64)).isNotEqualTo(firings(other, 64));
    }

    @Test
    void a_rule_with_times_stops_firing_and_leaves_the_list() {
        FaultInjector faults = new FaultInjector(FaultInjector.DEFAULT_SEED);
        faults.add(rule("twice", 1, 2));

        assertThat(firings(faults, 3)).containsExactly(true, true, false);
        assertThat(faults.rules()).isEmpty();
    }

    @Test
    void removing_a_rule_says_whether_it_existed() {
        FaultInjector faults = new FaultInjector(FaultInjector.DEFAULT_SEED);
        faults.add(rule("r1", 1, null));

        assertThat(faults.remove("r1")).isTrue();
        assertThat(faults.remove("r1")).isFalse();
        assertThat(faults.draw(PUSH).isEmpty()).isTrue();
    }

    @Test
    void reset_forgets_the_rules_and_replays_from_the_initial_seed() {
        FaultInjector faults = new FaultInjector(99);
        faults.add(rule("flaky", 0.5, null));
        List<Boolean> firstRun = firings(faults, 32);
        faults.reseed(5);

        faults.reset();
        faults.add(rule("flaky", 0.5, null));

        assertThat(faults.seed()).isEqualTo(99);
        assertThat(firings(faults, 32)).isEqualTo(firstRun);
    }

    @Test
    void a_fired_rule_is_described_in_one_line_of_identifiers() {
        assertThat(FaultDetail.of(rule("busy", 1, null))).isEqualTo("busy: ReturnError ServiceUnavailable");
    }
}
