package io.stackbridge.adapters.fakeazure.world;

import io.stackbridge.adapters.fakeazure.clock.AdjustableClock;
import io.stackbridge.adapters.fakeazure.fault.FaultInjector;
import io.stackbridge.adapters.fakeazure.journal.OperationJournal;
import io.stackbridge.domain.error.ErrorCode;
import io.stackbridge.domain.fault.FaultEffect;
import io.stackbridge.domain.fault.FaultMatch;
import io.stackbridge.domain.fault.FaultRule;
import io.stackbridge.domain.fault.Operation;
import io.stackbridge.domain.journal.JournalEntry;
import io.stackbridge.domain.tenant.DirectoryUnavailable;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.CONTOSO_SUBSCRIPTION;
import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.UNKNOWN_SUBSCRIPTION;
import static org.assertj.core.api.Assertions.assertThat;

class InMemorySubscriptionDirectoryTest {

    private final FaultInjector faults = new FaultInjector(FaultInjector.DEFAULT_SEED);
    private final OperationJournal journal = new OperationJournal(AdjustableClock.system());
    private final InMemorySubscriptionDirectory directory =
            new InMemorySubscriptionDirectory(new CurrentWorld(DefaultWorld.world()), faults, journal);

    private void rule(String id, FaultEffect effect) {
        faults.add(FaultRule.of(id, FaultMatch.operation(Operation.MetadataResolver_Lookup), 1, Option.some(1), effect).get());
    }

    @Test
    void a_known_subscription_resolves_and_an_unknown_one_is_none() {
        assertThat(directory.resolve(CONTOSO_SUBSCRIPTION).get().get().id()).isEqualTo(CONTOSO_SUBSCRIPTION);
        assertThat(directory.resolve(UNKNOWN_SUBSCRIPTION).get().isEmpty()).isTrue();
        assertThat(journal.entries().map(JournalEntry::resource))
                .containsExactly(CONTOSO_SUBSCRIPTION.value(), UNKNOWN_SUBSCRIPTION.value());
    }

    @Test
    void every_failing_effect_makes_the_directory_unavailable_with_the_rule_and_effect_in_one_line() {
        FaultEffect[] failing = {new FaultEffect.MetadataResolverFailure(), new FaultEffect.ReturnError(ErrorCode.TooManyRequests),
                new FaultEffect.Unreachable(), new FaultEffect.Slow(), new FaultEffect.ResetConnection(), new FaultEffect.EmptyResponse(),
                new FaultEffect.PartialBody(), new FaultEffect.UntrustedCertificate()};
        for (FaultEffect effect : failing) {
            rule("r", effect);

            DirectoryUnavailable failure = directory.resolve(CONTOSO_SUBSCRIPTION).getLeft();

            assertThat(failure.detail()).startsWith("r: " + effect.getClass().getSimpleName());
        }
        assertThat(journal.entries().map(JournalEntry::outcome)).hasSize(failing.length)
                .containsOnly(ErrorCode.MetadataResolverBadGatewayError.name());
    }

    @Test
    void a_delay_or_a_clock_shift_still_answers() {
        rule("late", new FaultEffect.Delay(Duration.ofMillis(20)));
        long start = System.nanoTime();

        assertThat(directory.resolve(CONTOSO_SUBSCRIPTION).get().isDefined()).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(20));
        rule("shift", new FaultEffect.ShiftClock(Duration.ofHours(1)));
        assertThat(directory.resolve(CONTOSO_SUBSCRIPTION).get().isDefined()).isTrue();
        assertThat(journal.entries().map(entry -> entry.faultRule().getOrElse("-") + " " + entry.outcome()))
                .containsExactly("late OK", "shift OK");
    }
}
