package io.stackbridge.adapters.fakeazure.wiring;

import dagger.Binds;
import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;
import io.stackbridge.adapters.fakeazure.Resettable;
import io.stackbridge.adapters.fakeazure.clock.AdjustableClock;
import io.stackbridge.adapters.fakeazure.fault.FaultInjector;
import io.stackbridge.adapters.fakeazure.fault.FaultSeed;
import io.stackbridge.adapters.fakeazure.identity.JoseClientAssertions;
import io.stackbridge.adapters.fakeazure.identity.PublishedSigningKeys;
import io.stackbridge.adapters.fakeazure.identity.SigningKeyStash;
import io.stackbridge.adapters.fakeazure.identity.CachingTokenSigning;
import io.stackbridge.adapters.fakeazure.inprocess.InProcessTimeout;
import io.stackbridge.adapters.fakeazure.journal.JournalSize;
import io.stackbridge.adapters.fakeazure.journal.OperationJournal;
import io.stackbridge.adapters.fakeazure.token.JsonRegistrationTokenCodec;
import io.stackbridge.adapters.fakeazure.world.CurrentWorld;
import io.stackbridge.adapters.fakeazure.world.InMemoryServicePrincipals;
import io.stackbridge.adapters.fakeazure.world.InMemorySubscriptionDirectory;
import io.stackbridge.application.port.out.ClientAssertionPort;
import io.stackbridge.application.port.out.ClockControlPort;
import io.stackbridge.application.port.out.ClockPort;
import io.stackbridge.application.port.out.FaultRulesPort;
import io.stackbridge.application.port.out.OperationJournalPort;
import io.stackbridge.application.port.out.RegistrationTokenCodecPort;
import io.stackbridge.application.port.out.ServicePrincipalPort;
import io.stackbridge.application.port.out.SubscriptionDirectoryPort;
import io.stackbridge.application.port.out.SigningKeysPort;
import io.stackbridge.application.port.out.TokenSigningPort;
import io.stackbridge.domain.registration.AzureEndpoints;
import io.stackbridge.domain.world.World;
import io.vavr.control.Option;

import java.time.Clock;
import java.time.Duration;

/**
 * The fake Azure's driven ports that are not state stores, its configuration, and the parts that
 * reset with it (world, faults, journal, clock). Its stores come from {@link InMemoryStateModule},
 * or from a module that keeps them elsewhere.
 */
@Module
public abstract class FakeAzureModule {

    @Binds abstract SubscriptionDirectoryPort directory(InMemorySubscriptionDirectory directory);
    @Binds abstract ServicePrincipalPort principals(InMemoryServicePrincipals principals);
    @Binds abstract ClockPort clock(AdjustableClock clock);
    @Binds abstract TokenSigningPort signing(CachingTokenSigning signing);
    @Binds abstract SigningKeysPort signingKeys(PublishedSigningKeys keys);
    @Binds abstract RegistrationTokenCodecPort codec(JsonRegistrationTokenCodec codec);
    @Binds abstract FaultRulesPort faultRules(FaultInjector faults);
    @Binds abstract OperationJournalPort operationJournal(OperationJournal journal);
    @Binds abstract ClockControlPort clockControl(AdjustableClock clock);
    @Binds abstract ClientAssertionPort clientAssertions(JoseClientAssertions assertions);

    @Binds @IntoSet abstract Resettable worldReset(CurrentWorld world);
    @Binds @IntoSet abstract Resettable faultsReset(FaultInjector faults);
    @Binds @IntoSet abstract Resettable journalReset(OperationJournal journal);
    @Binds @IntoSet abstract Resettable clockReset(AdjustableClock clock);
    @Binds @IntoSet abstract Resettable verifiedTokensReset(CachingTokenSigning signing);
    @Binds @IntoSet abstract Resettable usedAssertionsReset(JoseClientAssertions assertions);

    /** The initial world (the current one is {@link CurrentWorld}). */
    @Provides
    static World world(FakeAzureSettings settings) {
        return settings.world();
    }

    @Provides
    @FaultSeed
    static long faultSeed(FakeAzureSettings settings) {
        return settings.faultSeed();
    }

    /** The base clock under the adjustable one. */
    @Provides
    static Clock baseClock(FakeAzureSettings settings) {
        return settings.clock();
    }

    @Provides
    @JournalSize
    static int journalSize(FakeAzureSettings settings) {
        return settings.journalSize();
    }

    @Provides
    static AzureEndpoints endpoints(FakeAzureSettings settings) {
        return settings.endpoints();
    }

    @Provides
    @InProcessTimeout
    static Duration inProcessTimeout(FakeAzureSettings settings) {
        return settings.inProcessTimeout();
    }

    /** Where a signing key made ahead may wait for this fake (none: it makes its own). */
    @Provides
    static Option<SigningKeyStash> signingKeyStash(FakeAzureSettings settings) {
        return settings.signingKeyStash();
    }
}
