package io.stackbridge.adapters.fakeazure.contract;

import io.stackbridge.adapters.fakeazure.FakeAzure;
import io.stackbridge.application.contract.BridgeAzureUnderTest;
import io.stackbridge.application.contract.TestWorld;
import io.stackbridge.application.port.out.ActivationKeyVerifierPort;
import io.stackbridge.application.port.out.ConnectivityProbePort;
import io.stackbridge.application.port.out.CustomerSubscriptionPort;
import io.stackbridge.application.port.out.RegistrationPort;
import io.stackbridge.application.port.out.RegistrationTokenCodecPort;
import io.stackbridge.application.port.out.TokenPort;
import io.stackbridge.application.port.out.UsagePushPort;
import io.stackbridge.domain.fault.FaultRule;
import io.stackbridge.domain.registration.ActivationKey;
import io.stackbridge.domain.registration.ActivationKeyClaims;
import io.stackbridge.domain.registration.AzureEndpoints;
import io.stackbridge.domain.registration.RegistrationKey;
import io.stackbridge.domain.registration.RegistrationTokenContent;
import io.stackbridge.domain.usage.LedgerTotal;
import io.vavr.Lazy;
import io.vavr.collection.List;

import java.time.Instant;

/** The in-process fake as a stamp meets it: {@link InProcessAzure} plus its verifier, probe, token codec and signing key. */
public final class InProcessBridgeAzure implements BridgeAzureUnderTest {

    /** Another Azure, whose key this one does not publish. */
    private static final Lazy<FakeAzure> ELSEWHERE = Lazy.of(FakeAzure::start);

    private final InProcessAzure azure;

    private InProcessBridgeAzure(InProcessAzure azure) {
        this.azure = azure;
    }

    public static InProcessBridgeAzure start() {
        return new InProcessBridgeAzure(InProcessAzure.start());
    }

    private FakeAzure fake() {
        return azure.fake();
    }

    @Override
    public ActivationKeyVerifierPort activationKeyVerifier() {
        return fake().activationKeyVerifier();
    }

    @Override
    public ConnectivityProbePort connectivityProbe() {
        return fake().connectivityProbe();
    }

    @Override
    public RegistrationTokenCodecPort tokenCodec() {
        return fake().tokenCodec();
    }

    @Override
    public ActivationKey sign(ActivationKeyClaims claims) {
        return fake().signing().signActivationKey(claims);
    }

    @Override
    public ActivationKey signElsewhere(ActivationKeyClaims claims) {
        return ELSEWHERE.get().signing().signActivationKey(claims);
    }

    @Override
    public RegistrationPort registrations() {
        return azure.registrations();
    }

    @Override
    public CustomerSubscriptionPort customerSubscriptions() {
        return azure.customerSubscriptions();
    }

    @Override
    public TokenPort tokens() {
        return azure.tokens();
    }

    @Override
    public UsagePushPort usage() {
        return azure.usage();
    }

    @Override
    public TestWorld world() {
        return azure.world();
    }

    @Override
    public AzureEndpoints endpoints() {
        return azure.endpoints();
    }

    @Override
    public String registrationToken(RegistrationTokenContent content) {
        return azure.registrationToken(content);
    }

    @Override
    public void approveMultiTenancy(RegistrationKey registration) {
        azure.approveMultiTenancy(registration);
    }

    @Override
    public void addFault(FaultRule rule) {
        azure.addFault(rule);
    }

    @Override
    public Instant serviceTime() {
        return azure.serviceTime();
    }

    @Override
    public List<LedgerTotal> ledger() {
        return azure.ledger();
    }

    @Override
    public void close() {
        azure.close();
    }
}
