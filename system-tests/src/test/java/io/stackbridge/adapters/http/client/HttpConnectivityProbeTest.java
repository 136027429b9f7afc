package io.stackbridge.adapters.http.client;

import io.stackbridge.adapters.http.server.support.EmulatorTestBase;
import io.stackbridge.application.port.out.ConnectivityProbePort.UsageProbe;
import io.stackbridge.domain.error.BridgeError;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.error.ErrorCode;
import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.id.Guid;
import io.vavr.control.Either;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;

class HttpConnectivityProbeTest extends EmulatorTestBase {

    private static final Duration SHORT = Duration.ofSeconds(3);

    private HttpConnectivityProbe trusting() {
        return new HttpConnectivityProbe(ClientConfig.trusting(emulator.running.caCertificate()).withTimeouts(SHORT, SHORT));
    }

    private static DomainError failure(Either<DomainError, ?> outcome, ErrorCode code) {
        assertThat(outcome.isLeft()).as("expected %s, got %s", code, outcome).isTrue();
        assertThat(outcome.getLeft().code()).isEqualTo(code);
        return outcome.getLeft();
    }

    @Test
    void a_host_name_that_does_not_resolve_is_a_network_error_naming_the_endpoint() {
        URI nowhere = URI.create("https://nowhere.stackbridge.invalid");

        DomainError error = failure(trusting().resolve(nowhere), ErrorCode.NetworkError);

        assertThat(((BridgeError) error).endpoint()).isEqualTo(nowhere.toString());
        assertThat(((BridgeError.NetworkError) error).cause()).contains("UnknownHostException");
        assertThat(trusting().resolve(emulator.running.httpsUrl()).get().values().mkString()).contains("127.0.0.1");
    }

    @Test
    void a_closed_port_is_a_network_error_and_the_emulator_s_port_connects() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            closed = socket.getLocalPort();
        }

        failure(trusting().connect(URI.create("https://127.0.0.1:" + closed)), ErrorCode.NetworkError);
        assertThat(trusting().connect(emulator.running.httpsUrl()).isRight()).isTrue();
    }

    @Test
    void a_certificate_chain_the_stamp_does_not_trust_is_a_certificate_validation_error() {
        HttpConnectivityProbe jvmTrust = new HttpConnectivityProbe(ClientConfig.jvmTrust().withTimeouts(SHORT, SHORT));

        failure(jvmTrust.handshake(emulator.running.httpsUrl()), ErrorCode.CertificateValidationError);
        assertThat(trusting().handshake(emulator.running.httpsUrl()).get().values().head().toString()).startsWith("TLS");
    }

    @Test
    void the_usage_service_answers_the_empty_batch_and_books_nothing() {
        UsageProbe probe = new UsageProbe(emulator.running.httpsUrl(), new CloudId(Guid.random()), emulator.usageToken(), Instant.now());

        assertThat(trusting().usageAnswers(probe).get().values()).contains(ErrorCode.InvalidRequestContent.name());
    }

    @Test
    void an_access_token_tells_when_the_service_issued_it() {
        Instant issued = trusting().issuedAt(emulator.usageToken()).get();

        assertThat(issued).isBetween(Instant.now().minusSeconds(5).truncatedTo(ChronoUnit.SECONDS), Instant.now());
        assertThat(trusting().issuedAt("opaque-token")).isEmpty();
    }
}
