package io.stackbridge.adapters.fakeazure.faults;

import io.stackbridge.adapters.fakeazure.world.DefaultWorld;
import io.stackbridge.domain.error.ErrorCode;
import io.stackbridge.domain.fault.FaultEffect;
import io.stackbridge.domain.fault.FaultMatch;
import io.stackbridge.domain.fault.FaultRule;
import io.stackbridge.domain.fault.Operation;
import io.stackbridge.junit.FakeAzure;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Probability and {@code times} of a fault rule, seen through the token port of fakes started with a fixed seed. */
class SeededFaultRulesTest {

    private static final long SEED = 424242L;

    private static FaultRule rule(double probability, Option<Integer> times) {
        return new FaultRule("flaky-login", FaultMatch.operation(Operation.Token_Issue), probability, times,
                new FaultEffect.Unreachable());
    }

    /** For each of {@code calls} sign-ins, whether the rule made it fail. */
    private static List<Boolean> failures(FakeAzure azure, int calls) {
        return List.range(0, calls).map(call -> azure.tokens().acquire(DefaultWorld.bridgeTokenRequest(azure.endpoints()))
                .fold(error -> {
                    assertThat(error.code()).isEqualTo(ErrorCode.LoginError);
                    return true;
                }, token -> false));
    }

    @Test
    void a_rule_with_times_3_fires_on_exactly_the_first_3_of_10_calls_then_expires() {
        FakeAzure azure = FakeAzure.builder().seed(SEED).start();
        azure.faults().add(rule(1, Option.some(3)));

        assertThat(failures(azure, 10)).containsExactly(true, true, true, false, false, false, false, false, false, false);
        assertThat(azure.faults().rules()).isEmpty();
        assertThat(azure.journal().entries(Operation.Token_Issue).filter(entry -> entry.faultRule().isDefined())).hasSize(3);
    }

    @Test
    void a_half_probability_fires_the_same_calls_on_two_fakes_with_the_same_seed() {
        FakeAzure first = FakeAzure.builder().seed(SEED).start();
        FakeAzure second = FakeAzure.builder().seed(SEED).start();
        first.faults().add(rule(0.5, Option.none()));
        second.faults().add(rule(0.5, Option.none()));

        List<Boolean> firstRun = failures(first, 20);

        assertThat(failures(second, 20)).isEqualTo(firstRun);
        assertThat(firstRun.count(failed -> failed)).isStrictlyBetween(0, 20);
    }

    @Test
    void after_a_reset_the_same_rule_replays_the_same_calls() {
        FakeAzure azure = FakeAzure.builder().seed(SEED).start();
        azure.faults().add(rule(0.5, Option.none()));
        List<Boolean> before = failures(azure, 20);

        azure.reset();
        azure.faults().add(rule(0.5, Option.none()));

        assertThat(failures(azure, 20)).isEqualTo(before);
    }

    @Test
    void a_probable_rule_with_times_2_fires_twice_and_no_more() {
        FakeAzure azure = FakeAzure.builder().seed(SEED).start();
        azure.faults().add(rule(0.5, Option.some(2)));

        assertThat(failures(azure, 20).count(failed -> failed)).isEqualTo(2);
    }

    @Test
    void a_rule_with_probability_0_never_fires_and_one_with_probability_1_always_does() {
        FakeAzure never = FakeAzure.builder().seed(SEED).start();
        FakeAzure always = FakeAzure.builder().seed(SEED).start();
        never.faults().add(rule(0, Option.none()));
        always.faults().add(rule(1, Option.none()));

        assertThat(failures(never, 10)).containsOnly(false);
        assertThat(failures(always, 10)).containsOnly(true);
    }
}
