package io.stackbridge.adapters.http.client;

import io.stackbridge.adapters.http.server.support.EmulatorTestBase;
import io.stackbridge.application.contract.StampStateSamples;
import io.stackbridge.domain.error.ErrorCode;
import io.stackbridge.domain.error.StampError.ActivationKeyNotTrusted;
import io.stackbridge.domain.identity.TokenProblem;
import io.stackbridge.domain.registration.ActivationKey;
import io.stackbridge.domain.registration.ActivationKeyClaims;
import io.stackbridge.junit.FakeAzure;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class HttpActivationKeyVerifierTest extends EmulatorTestBase {

    private static final ActivationKeyClaims CLAIMS = StampStateSamples.activation(ActivationKeyClaims.NEVER).claims();

    private HttpActivationKeyVerifier verifier(ClientConfig config, URI base) {
        return HttpActivationKeyVerifier.ofEmulator(config.withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(3)), base);
    }

    private HttpActivationKeyVerifier trusting() {
        return verifier(ClientConfig.trusting(emulator.running.caCertificate()), emulator.running.httpsUrl());
    }

    @Test
    void a_key_signed_by_the_emulator_gives_back_every_claim() {
        ActivationKey key = emulator.fake.signing().signActivationKey(CLAIMS);

        assertThat(trusting().verify(key).get()).isEqualTo(CLAIMS);
    }

    @Test
    void a_key_signed_by_another_azure_is_not_trusted() {
        ActivationKey foreign = FakeAzure.start().signing().signActivationKey(CLAIMS);

        assertThat(trusting().verify(foreign).getLeft()).isEqualTo(new ActivationKeyNotTrusted(TokenProblem.BAD_SIGNATURE));
    }

    @Test
    void text_that_is_no_signed_token_is_malformed_without_asking_for_keys() {
        HttpActivationKeyVerifier nowhere = verifier(ClientConfig.jvmTrust(), URI.create("https://nowhere.stackbridge.invalid"));

        assertThat(nowhere.verify(new ActivationKey("garbage")).getLeft())
                .isEqualTo(new ActivationKeyNotTrusted(TokenProblem.MALFORMED));
    }

    @Test
    void an_unreachable_key_set_is_a_network_error() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            closed = socket.getLocalPort();
        }
        HttpActivationKeyVerifier unreachable = verifier(ClientConfig.jvmTrust(), URI.create("https://127.0.0.1:" + closed));

        assertThat(unreachable.verify(emulator.fake.signing().signActivationKey(CLAIMS)).getLeft().code())
                .isEqualTo(ErrorCode.NetworkError);
    }

    @Test
    void a_key_set_behind_a_certificate_the_stamp_does_not_trust_is_a_certificate_validation_error() {
        HttpActivationKeyVerifier untrusting = verifier(ClientConfig.jvmTrust(), emulator.running.httpsUrl());

        assertThat(untrusting.verify(emulator.fake.signing().signActivationKey(CLAIMS)).getLeft().code())
                .isEqualTo(ErrorCode.CertificateValidationError);
    }
}
