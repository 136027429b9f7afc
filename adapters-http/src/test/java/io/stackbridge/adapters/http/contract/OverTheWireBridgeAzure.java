package io.stackbridge.adapters.http.contract;

import io.stackbridge.adapters.fakeazure.FakeAzure;
import io.stackbridge.adapters.http.client.HttpActivationKeyVerifier;
import io.stackbridge.adapters.http.client.HttpConnectivityProbe;
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

import java.nio.file.Path;
import java.time.Instant;

/**
 * The emulator as a stamp meets it over HTTPS: {@link OverTheWireAzure}, an activation key verifier
 * fetching the emulator's published key set, and a connectivity probe with real sockets.
 */
public final class OverTheWireBridgeAzure implements BridgeAzureUnderTest {

    private static final Path STATE = Path.of("target", "over-the-wire-bridge-" + ProcessHandle.current().pid());

    /** Another Azure, whose key the emulator does not publish. */
    private static final Lazy<FakeAzure> ELSEWHERE = Lazy.of(FakeAzure::start);

    private final OverTheWireAzure azure;
    private final ActivationKeyVerifierPort verifier;
    private final ConnectivityProbePort probe;

    private OverTheWireBridgeAzure(OverTheWireAzure azure) {
        this.azure = azure;
        this.verifier = HttpActivationKeyVerifier.ofEmulator(azure.clients(), azure.emulated().running.httpsUrl());
        this.probe = new HttpConnectivityProbe(azure.clients());
    }

    /**
     * Started with its certificate in a directory of this test JVM's own, so that another build
     * running the same tests in this working copy never rewrites the PEM these clients are reading.
     */
    public static OverTheWireBridgeAzure start() {
        return new OverTheWireBridgeAzure(OverTheWireAzure.start(STATE));
    }

    private FakeAzure fake() {
        return azure.emulated().fake;
    }

    @Override
    public ActivationKeyVerifierPort activationKeyVerifier() {
        return verifier;
    }

    @Override
    public ConnectivityProbePort connectivityProbe() {
        return probe;
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
