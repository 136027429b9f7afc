package io.stackbridge.adapters.http.contract;

import io.stackbridge.adapters.fakeazure.contract.ContractWorld;
import io.stackbridge.adapters.http.client.ArmCredential;
import io.stackbridge.adapters.http.client.ArmTarget;
import io.stackbridge.adapters.http.client.ClientConfig;
import io.stackbridge.adapters.http.client.HttpPorts;
import io.stackbridge.adapters.http.client.HttpMarketplacePort;
import io.stackbridge.adapters.http.client.HttpTokenPort;
import io.stackbridge.adapters.http.client.HttpTransport;
import io.stackbridge.adapters.http.server.EmulatorConfig;
import io.stackbridge.adapters.http.server.support.EmulatedAzure;
import io.stackbridge.application.contract.AzureUnderTest;
import io.stackbridge.application.contract.TestWorld;
import io.stackbridge.application.port.in.usage.QueryUsageLedgerUseCase.Query;
import io.stackbridge.application.port.out.CustomerSubscriptionPort;
import io.stackbridge.application.port.out.MarketplacePort;
import io.stackbridge.application.port.out.RegistrationPort;
import io.stackbridge.application.port.out.TokenPort;
import io.stackbridge.application.port.out.UsagePushPort;
import io.stackbridge.domain.fault.FaultEffect;
import io.stackbridge.domain.fault.FaultRule;
import io.stackbridge.domain.registration.AzureEndpoints;
import io.stackbridge.domain.registration.RegistrationKey;
import io.stackbridge.domain.registration.RegistrationTokenContent;
import io.stackbridge.domain.usage.LedgerTotal;
import io.vavr.collection.List;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The emulator as an Azure under test: the bridge's four HTTP clients, trusting the exported PEM,
 * against an {@link EmulatedAzure} in strict auth, Resource Manager calls signed in through the
 * emulator's own token endpoint. The administrator's back door (approval, faults, ledger, time)
 * is the fake's use cases. A Slow fault holds a request longer than the clients wait for it.
 */
public final class OverTheWireAzure implements AzureUnderTest {

    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(3);
    static final Duration HANG = Duration.ofSeconds(8);
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /** The emulator's certificate, generated once and kept for every test of the build. */
    static final Path STATE = Path.of("target", "over-the-wire");
    static final String MANAGEMENT_SCOPE = "https://management.azure.com/.default";

    private final EmulatedAzure emulated;
    private final ClientConfig clients;
    private final ArmTarget arm;
    private volatile HttpPorts ports;

    private OverTheWireAzure(EmulatedAzure emulated) {
        this.emulated = emulated;
        this.clients = ClientConfig.trusting(emulated.running.caCertificate()).withTimeouts(CONNECT_TIMEOUT, REQUEST_TIMEOUT);
        AzureEndpoints endpoints = emulated.fake.endpoints();
        TestWorld world = ContractWorld.DEFAULT;
        TokenPort.TokenRequest signIn = new TokenPort.TokenRequest(endpoints.login(), world.bridgeTenant(), world.bridgeClientId(),
                world.bridgeSecret(), MANAGEMENT_SCOPE);
        ArmCredential credential = ArmCredential.signedIn(new HttpTokenPort(new HttpTransport(clients)), signIn, Clock.systemUTC());
        credential.bearerToken().getOrElseThrow(error -> new IllegalStateException("the bridge could not sign in: " + error));
        this.arm = ArmTarget.of(endpoints.management(), credential);
        this.ports = HttpPorts.create(clients, arm);
    }

    /** A fresh emulator on a fresh fake Azure, the bridge already signed in to Resource Manager (before any fault is in force). */
    public static OverTheWireAzure start() {
        return start(STATE);
    }

    /** The same, the emulator's certificate kept in {@code state}. */
    static OverTheWireAzure start(Path state) {
        EmulatedAzure emulated = EmulatedAzure.start(EmulatorConfig.inStateDirectory(state).withHangDuration(HANG));
        try {
            return new OverTheWireAzure(emulated);
        } catch (RuntimeException failed) {
            emulated.close();
            throw failed;
        }
    }

    @Override
    public RegistrationPort registrations() {
        return ports.registrations();
    }

    @Override
    public MarketplacePort marketplace() {
        return new HttpMarketplacePort(new HttpTransport(clients), arm);
    }

    @Override
    public CustomerSubscriptionPort customerSubscriptions() {
        return ports.customerSubscriptions();
    }

    @Override
    public TokenPort tokens() {
        return ports.tokens();
    }

    @Override
    public UsagePushPort usage() {
        return ports.usage();
    }

    @Override
    public TestWorld world() {
        return ContractWorld.DEFAULT;
    }

    @Override
    public AzureEndpoints endpoints() {
        return emulated.fake.endpoints();
    }

    @Override
    public String registrationToken(RegistrationTokenContent content) {
        return emulated.fake.tokenCodec().encode(content);
    }

    @Override
    public void approveMultiTenancy(RegistrationKey registration) {
        emulated.fake.cloud().approveMultiTenancy().approve(registration)
                .getOrElseThrow(error -> new IllegalStateException("approval refused: " + error));
    }

    /**
     * Puts the rule in force. A certificate is only met at a TLS handshake, so after an
     * UntrustedCertificate rule the clients start on new connections, as they do after the admin
     * API adds one (it closes the open connections).
     */
    @Override
    public void addFault(FaultRule rule) {
        emulated.fake.admin().addFaultRule().add(rule);
        if (rule.effect() instanceof FaultEffect.UntrustedCertificate) {
            ports = HttpPorts.create(clients, arm);
        }
    }

    @Override
    public Instant serviceTime() {
        return emulated.fake.clock().now();
    }

    @Override
    public List<LedgerTotal> ledger() {
        return emulated.fake.cloud().queryUsageLedger().totals(Query.ALL);
    }

    /** The emulator and the fake behind it, for harnesses that need more than the four ports. */
    EmulatedAzure emulated() {
        return emulated;
    }

    /** The trust and timeouts of the bridge's clients. */
    ClientConfig clients() {
        return clients;
    }

    @Override
    public void close() {
        emulated.close();
    }
}
