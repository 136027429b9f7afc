package io.stackbridge.adapters.fakeazure.world;

import io.stackbridge.adapters.fakeazure.fault.FaultDetail;
import io.stackbridge.adapters.fakeazure.fault.FaultInjector;
import io.stackbridge.adapters.fakeazure.fault.Pause;
import io.stackbridge.adapters.fakeazure.journal.OperationJournal;
import io.stackbridge.application.port.out.SubscriptionDirectoryPort;
import io.stackbridge.domain.directory.DirectorySubscription;
import io.stackbridge.domain.error.ErrorCode;
import io.stackbridge.domain.fault.FaultCall;
import io.stackbridge.domain.fault.FaultEffect;
import io.stackbridge.domain.fault.FaultRule;
import io.stackbridge.domain.fault.Operation;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.journal.JournalEntry;
import io.stackbridge.domain.tenant.DirectoryUnavailable;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * The metadata resolver: answers from the current world, unless a fault rule on
 * {@code MetadataResolver_Lookup} makes it fail (every failing effect), wait (Delay) or does
 * nothing here (ShiftClock). Each lookup is journaled.
 */
@Singleton
public final class InMemorySubscriptionDirectory implements SubscriptionDirectoryPort {

    private final CurrentWorld world;
    private final FaultInjector faults;
    private final OperationJournal journal;

    @Inject
    public InMemorySubscriptionDirectory(CurrentWorld world, FaultInjector faults, OperationJournal journal) {
        this.world = world;
        this.faults = faults;
        this.journal = journal;
    }

    @Override
    public Either<DirectoryUnavailable, Option<DirectorySubscription>> resolve(SubscriptionId subscriptionId) {
        Option<FaultRule> fired = faults.draw(FaultCall.on(Operation.MetadataResolver_Lookup, subscriptionId));
        Option<String> ruleId = fired.map(FaultRule::id);
        if (fired.exists(rule -> fails(rule.effect()))) {
            journal.record(Operation.MetadataResolver_Lookup, subscriptionId.value(),
                    ErrorCode.MetadataResolverBadGatewayError.name(), ruleId);
            return Either.left(new DirectoryUnavailable(FaultDetail.of(fired.get())));
        }
        fired.map(FaultRule::effect)
                .filter(FaultEffect.Delay.class::isInstance)
                .forEach(effect -> Pause.sleep(((FaultEffect.Delay) effect).delay()));
        journal.record(Operation.MetadataResolver_Lookup, subscriptionId.value(), JournalEntry.OK, ruleId);
        return Either.right(world.subscription(subscriptionId));
    }

    /** Every effect but a delay or a clock shift makes the lookup fail. */
    private static boolean fails(FaultEffect effect) {
        return !(effect instanceof FaultEffect.Delay) && !(effect instanceof FaultEffect.ShiftClock);
    }
}
