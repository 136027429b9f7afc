package io.stackbridge.adapters.http.client;

import io.stackbridge.adapters.fakeazure.world.DefaultWorld;
import io.stackbridge.adapters.http.server.support.EmulatorTestBase;
import io.stackbridge.adapters.http.server.support.TestEmulator;
import io.stackbridge.application.contract.StampStateSamples;
import io.stackbridge.application.port.out.TokenPort.TokenRequest;
import io.stackbridge.domain.registration.ActivationKey;
import io.stackbridge.domain.registration.ActivationKeyClaims;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Clients built over one transport share its TLS context: the CA file is read once, when the transport
 * is built, and every client (ports, key verifier, probe with its own sockets) trusts what it trusts.
 */
class SharedTransportTest extends EmulatorTestBase {

    private static final Duration SHORT = Duration.ofSeconds(5);

    @Test
    void every_client_over_one_transport_trusts_the_emulator_without_reading_the_ca_file_again(@TempDir Path elsewhere) throws IOException {
        Path caPem = Files.copy(emulator.running.caCertificate(), elsewhere.resolve("ca.pem"));
        HttpTransport transport = new HttpTransport(ClientConfig.trusting(caPem).withTimeouts(SHORT, SHORT));
        Files.delete(caPem);

        HttpConnectivityProbe probe = new HttpConnectivityProbe(transport);
        TokenRequest signIn = new TokenRequest(emulator.running.httpsUrl(), DefaultWorld.PARTNER_TENANT, DefaultWorld.BRIDGE_CLIENT_ID,
                DefaultWorld.BRIDGE_SECRET, TestEmulator.MANAGEMENT_SCOPE);
        HttpPorts ports = HttpPorts.signedIn(transport, emulator.running.httpsUrl(), signIn);
        HttpActivationKeyVerifier verifier = HttpActivationKeyVerifier.ofEmulator(transport, emulator.running.httpsUrl());
        ActivationKeyClaims claims = StampStateSamples.activation(ActivationKeyClaims.NEVER).claims();
        ActivationKey key = emulator.fake.signing().signActivationKey(claims);

        assertThat(probe.handshake(emulator.running.httpsUrl()).get().values().head().toString()).startsWith("TLS");
        assertThat(ports.tokens().acquire(signIn).isRight()).isTrue();
        assertThat(verifier.verify(key).get()).isEqualTo(claims);
    }

    @Test
    void a_probe_over_a_transport_with_the_jvm_s_trust_does_not_trust_the_emulator() {
        HttpConnectivityProbe probe = new HttpConnectivityProbe(new HttpTransport(ClientConfig.jvmTrust().withTimeouts(SHORT, SHORT)));

        assertThat(probe.handshake(emulator.running.httpsUrl()).getLeft().code().name()).isEqualTo("CertificateValidationError");
    }
}
