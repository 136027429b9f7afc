package io.stackbridge.domain.fault;

import io.stackbridge.domain.error.ErrorCode;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class FaultPlanTest {

    private static final FaultCall PUSH = FaultCall.of(Operation.Usage_Push);
    private static final FaultCall TOKEN = FaultCall.of(Operation.Token_Issue);

    private static FaultRule rule(String id, Operation operation, double probability, Integer times, FaultEffect effect) {
        return FaultRule.of(id, FaultMatch.operation(operation), probability, Option.of(times), effect).get();
    }

    @Test
    void a_rule_fires_only_for_the_operation_it_matches() {
        FaultPlan plan = FaultPlan.EMPTY.add(rule("r1", Operation.Usage_Push, 1, null, new FaultEffect.Unreachable()));

        assertThat(plan.draw(PUSH, () -> 0.99).fired().map(FaultRule::id)).contains("r1");
        assertThat(plan.draw(TOKEN, () -> 0.0).fired().isEmpty()).isTrue();
    }

    @Test
    void the_first_matching_rule_decides_even_when_its_roll_fails() {
        FaultPlan plan = FaultPlan.EMPTY
                .add(rule("half", Operation.Usage_Push, 0.5, null, new FaultEffect.Slow()))
                .add(rule("always", Operation.Usage_Push, 1, null, new FaultEffect.Unreachable()));

        assertThat(plan.draw(PUSH, () -> 0.4).fired().map(FaultRule::id)).contains("half");
        assertThat(plan.draw(PUSH, () -> 0.6).fired().isEmpty()).isTrue();
    }

    @Test
    void a_rule_with_times_expires_after_firing_that_often() {
        FaultPlan plan = FaultPlan.EMPTY.add(rule("twice", Operation.Usage_Push, 1, 2, new FaultEffect.ReturnError(ErrorCode.ServiceUnavailable)));

        FaultPlan.Draw first = plan.draw(PUSH, () -> 0);
        FaultPlan.Draw second = first.next().draw(PUSH, () -> 0);
        FaultPlan.Draw third = second.next().draw(PUSH, () -> 0);

        assertThat(first.fired().isDefined()).isTrue();
        assertThat(first.next().rules().head().remaining()).contains(1);
        assertThat(second.fired().isDefined()).isTrue();
        assertThat(third.fired().isEmpty()).isTrue();
        assertThat(second.next().rules()).isEmpty();
    }

    @Test
    void a_seeded_source_replays_the_same_firings() {
        FaultPlan plan = FaultPlan.EMPTY.add(rule("flaky", Operation.Usage_Push, 0.3, null, new FaultEffect.Unreachable()));

        assertThat(firings(plan, 42)).isEqualTo(firings(plan, 42)).isNotEqualTo(firings(plan, 43));
        assertThat(firings(plan, 42).count(Boolean::booleanValue)).isBetween(15, 45);
    }

    private static List<Boolean> firings(FaultPlan start, long seed) {
        Random random = new Random(seed);
        FaultPlan plan = start;
        List<Boolean> fired = List.empty();
        for (int i = 0; i < 100; i++) {
            FaultPlan.Draw draw = plan.draw(PUSH, random::nextDouble);
            fired = fired.append(draw.fired().isDefined());
            plan = draw.next();
        }
        return fired;
    }

    @Test
    void probability_zero_and_one_never_consult_the_random_source() {
        FaultPlan plan = FaultPlan.EMPTY.add(rule("never", Operation.Usage_Push, 0, null, new FaultEffect.Unreachable()));

        assertThat(plan.draw(PUSH, () -> { throw new AssertionError("consulted"); }).fired().isEmpty()).isTrue();
    }

    @Test
    void a_rule_can_be_narrowed_to_one_subscription() {
        SubscriptionId mine = SubscriptionId.of("dd8597b4-8739-4467-8b10-f8679f62bfbf");
        FaultMatch match = new FaultMatch(Option.some(Operation.Providers_Register), Option.some(mine), Option.none());
        FaultPlan plan = FaultPlan.EMPTY.add(FaultRule.of("mine", match, 1, Option.none(), new FaultEffect.Unreachable()).get());

        assertThat(plan.draw(FaultCall.on(Operation.Providers_Register, mine), () -> 0).fired().isDefined()).isTrue();
        assertThat(plan.draw(FaultCall.on(Operation.Providers_Register, SubscriptionId.of("e09a4e93-29a7-4eba-a6d4-76202383f07f")),
                () -> 0).fired().isEmpty()).isTrue();
    }

    @Test
    void adding_a_rule_with_an_existing_id_replaces_it_and_remove_drops_it() {
        FaultPlan plan = FaultPlan.EMPTY
                .add(rule("r", Operation.Usage_Push, 1, null, new FaultEffect.Unreachable()))
                .add(rule("r", Operation.Token_Issue, 1, null, new FaultEffect.Slow()));

        assertThat(plan.rules()).hasSize(1);
        assertThat(plan.find("r").get().effect()).isInstanceOf(FaultEffect.Slow.class);
        assertThat(plan.remove("r").rules()).isEmpty();
    }

    @Test
    void invalid_rules_report_every_problem_at_once() {
        var problems = FaultRule.of(" ", FaultMatch.operation(Operation.Usage_Push), 1.5, Option.some(0),
                new FaultEffect.MetadataResolverFailure()).getError();

        assertThat(problems.map(Violation::field)).containsExactly("id", "probability", "times", "operation");
    }
}
