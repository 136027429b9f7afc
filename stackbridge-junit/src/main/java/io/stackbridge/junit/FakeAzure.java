package io.stackbridge.junit;

import io.stackbridge.application.port.in.usage.QueryUsageLedgerUseCase.SummaryQuery;
import io.stackbridge.domain.usage.LedgerSummary;
import io.stackbridge.domain.usage.ReceivedBatches;
import io.stackbridge.application.port.in.usage.QueryUsageLedgerUseCase.BatchQuery;
import io.stackbridge.adapters.cli.wiring.AdminUseCases;
import io.stackbridge.adapters.cli.wiring.CloudUseCases;
import io.stackbridge.adapters.cli.wiring.FakeAzureComponent;
import io.stackbridge.adapters.fakeazure.clock.AdjustableClock;
import io.stackbridge.adapters.fakeazure.fault.FaultInjector;
import io.stackbridge.adapters.fakeazure.identity.RsaTokenSigning;
import io.stackbridge.adapters.fakeazure.journal.OperationJournal;
import io.stackbridge.adapters.fakeazure.token.JsonRegistrationTokenCodec;
import io.stackbridge.adapters.fakeazure.wiring.FakeAzureSettings;
import io.stackbridge.adapters.fakeazure.world.StampTokens;
import io.stackbridge.application.port.out.ActivationKeyVerifierPort;
import io.stackbridge.application.port.out.ConnectivityProbePort;
import io.stackbridge.application.port.out.CustomerSubscriptionPort;
import io.stackbridge.application.port.out.RegistrationPort;
import io.stackbridge.application.port.out.TokenPort;
import io.stackbridge.application.port.out.UsagePushPort;
import io.stackbridge.domain.billing.BillingModel;
import io.stackbridge.domain.directory.DirectorySubscription;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.identity.ServicePrincipal;
import io.stackbridge.domain.registration.AzureEndpoints;
import io.stackbridge.domain.registration.RegistrationKey;
import io.stackbridge.domain.world.World;
import io.vavr.control.Either;

/**
 * An Azure in one line: {@code FakeAzure.start()} gives a fresh in-memory Azure on the default
 * world, with the stack side's ports to it, its cloud-side use cases, and the knobs tests need
 * (faults, journal, clock, world edits, reset). No sockets: it is the composition root's
 * {@link FakeAzureComponent}, the same wiring the emulator serves.
 */
public final class FakeAzure {

    private final FakeAzureComponent component;

    private FakeAzure(FakeAzureComponent component) {
        this.component = component;
    }

    /** A fake Azure on the default world, with the fixed fault seed and the system clock. */
    public static FakeAzure start() {
        return builder().start();
    }

    public static FakeAzure start(World world) {
        return builder().world(world).start();
    }

    public static FakeAzure start(FakeAzureSettings settings) {
        return new FakeAzure(FakeAzureComponent.create(settings));
    }

    public static FakeAzureBuilder builder() {
        return new FakeAzureBuilder(FakeAzureSettings.defaults());
    }

    public RegistrationPort registrations() {
        return component.registrationPort();
    }

    public CustomerSubscriptionPort customerSubscriptions() {
        return component.customerSubscriptionPort();
    }

    public TokenPort tokens() {
        return component.tokenPort();
    }

    public UsagePushPort usagePush() {
        return component.usagePushPort();
    }

    /** The stamp's check of activation keys against this fake's signing key. */
    public ActivationKeyVerifierPort activationKeyVerifier() {
        return component.activationKeyVerifier();
    }

    /** The bridge's connectivity checks against this fake (fault rules apply as they do to the bridge's calls). */
    public ConnectivityProbePort connectivityProbe() {
        return component.connectivityProbe();
    }

    /** Every cloud-side use case, called directly (no faults, no journal). */
    public CloudUseCases cloud() {
        return component;
    }

    public FaultInjector faults() {
        return component.faults();
    }

    public OperationJournal journal() {
        return component.journal();
    }

    public AdjustableClock clock() {
        return component.clock();
    }

    /** The world as it is now (the initial one plus any subscriptions and principals put since). */
    public World world() {
        return component.world().get();
    }

    public AzureEndpoints endpoints() {
        return component.endpoints();
    }

    public JsonRegistrationTokenCodec tokenCodec() {
        return component.tokenCodec();
    }

    /** The signing key, whose public JWK verifies this fake's access tokens and activation keys. */
    public RsaTokenSigning signing() {
        return component.signing();
    }

    /** Microsoft's manual approval, as the fake's administrator gives it. */
    public Either<DomainError, RegistrationKey> approveMultiTenancy(RegistrationKey key) {
        return component.approveMultiTenancy().approve(key);
    }

    /** A registration token for a stamp of the default world's bridge principal (see {@link StampTokens}). */
    public String registrationToken(CloudId cloudId, BillingModel model) {
        return tokenCodec().encode(StampTokens.content(cloudId, model));
    }

    public void putSubscription(DirectorySubscription subscription) {
        component.world().putSubscription(subscription);
    }

    public void putPrincipal(ServicePrincipal principal) {
        component.world().putPrincipal(principal);
    }

    /**
     * What this Azure booked under {@code query}: how many usage records, their exact summed
     * quantity, and the totals per requested grouping, as {@code GET /_stackbridge/usage} answers.
     */
    public LedgerSummary usageLedger(SummaryQuery query) {
        return cloud().queryUsageLedger().summary(query);
    }

    /** The batches this Azure accepted that match {@code query}, one page of them, as {@code GET /_stackbridge/usage/batches} lists them. */
    public ReceivedBatches usageBatches(BatchQuery query) {
        return cloud().queryUsageLedger().batches(query);
    }

    /** The emulator-control use cases (reset, world, faults, journal, clock), as the emulator's admin API serves them. */
    public AdminUseCases admin() {
        return component;
    }

    /** Everything back to the initial world: stores re-seeded, no faults, empty journal, no clock offset, initial seed. */
    public void reset() {
        component.resetEmulator().reset();
    }
}
