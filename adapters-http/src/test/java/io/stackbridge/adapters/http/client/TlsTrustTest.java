package io.stackbridge.adapters.http.client;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.stackbridge.application.contract.UsageRecords;
import io.stackbridge.application.port.out.TokenPort;
import io.stackbridge.application.port.out.UsagePushPort.UsagePush;
import io.stackbridge.domain.bridge.TransportFailure;
import io.stackbridge.domain.error.BridgeError;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.error.ErrorCode;
import io.stackbridge.domain.id.ClientId;
import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.id.Guid;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.id.TenantId;
import io.stackbridge.domain.registration.RegistrationKey;
import io.stackbridge.domain.usage.UsageBatch;
import io.vavr.control.Either;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/** Trust over HTTPS: the CA of a PEM file is trusted, anything else (another CA, another host name) is refused, and each port names the refusal. */
class TlsTrustTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    @TempDir
    static Path files;

    private static TestPki emulatorCa;
    private static Path emulatorCaPem;
    private static Path otherCaPem;

    private WireMockServer server;

    @BeforeAll
    static void certificateAuthorities() throws IOException, GeneralSecurityException {
        emulatorCa = TestPki.create("StackBridge test CA");
        emulatorCaPem = emulatorCa.caPem(files);
        otherCaPem = TestPki.create("Some other CA").caPem(files);
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private String serve(String... certificateNames) throws IOException, GeneralSecurityException {
        server = new WireMockServer(wireMockConfig().httpDisabled(true).dynamicHttpsPort().bindAddress("127.0.0.1")
                .keystorePath(emulatorCa.serverKeyStore(files, certificateNames).toString()).keystoreType("PKCS12")
                .keystorePassword(TestPki.PASSWORD).keyManagerPassword(TestPki.PASSWORD));
        server.start();
        server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("{}")));
        return "https://127.0.0.1:" + server.httpsPort() + "/";
    }

    private static Either<WireFailure, HttpResponse<String>> get(ClientConfig config, String url) {
        return new HttpTransport(config.withTimeouts(TIMEOUT, TIMEOUT)).exchange(URI.create(url), HttpRequest.Builder::GET);
    }

    @Test
    void a_server_certified_by_the_trusted_ca_is_answered() throws Exception {
        String url = serve("localhost", "127.0.0.1");

        assertThat(get(ClientConfig.trusting(emulatorCaPem), url).get().statusCode()).isEqualTo(200);
    }

    @Test
    void a_server_certified_by_another_ca_is_an_untrusted_certificate() throws Exception {
        String url = serve("localhost", "127.0.0.1");

        WireFailure failure = get(ClientConfig.trusting(otherCaPem), url).getLeft();

        assertThat(failure.failure()).isEqualTo(TransportFailure.UNTRUSTED_CERTIFICATE);
        assertThat(failure.cause()).contains("SSLHandshakeException");
    }

    @Test
    void the_jvm_trust_store_does_not_trust_the_test_ca() throws Exception {
        String url = serve("localhost", "127.0.0.1");

        assertThat(get(ClientConfig.jvmTrust(), url).getLeft().failure()).isEqualTo(TransportFailure.UNTRUSTED_CERTIFICATE);
    }

    @Test
    void a_certificate_for_another_host_name_is_an_untrusted_certificate() throws Exception {
        String url = serve("usage.elsewhere.example");

        WireFailure failure = get(ClientConfig.trusting(emulatorCaPem), url).getLeft();

        assertThat(failure.failure()).isEqualTo(TransportFailure.UNTRUSTED_CERTIFICATE);
        assertThat(failure.cause()).contains("127.0.0.1");
    }

    @Test
    void the_usage_port_names_an_untrusted_server_a_certificate_validation_error() throws Exception {
        String url = serve("localhost", "127.0.0.1");
        HttpUsagePushPort usage = new HttpUsagePushPort(new HttpTransport(ClientConfig.trusting(otherCaPem).withTimeouts(TIMEOUT, TIMEOUT)));
        UsageBatch batch = UsageBatch.of(CloudId.of(Guid.random().text()), UsageRecords.of(SubscriptionId.of(Guid.random().text()),
                TenantId.of(Guid.random().text()), Instant.now()).hourly("1"));

        DomainError error = usage.push(new UsagePush(URI.create(url), batch, "t", Instant.now())).getLeft();

        assertThat(error.code()).isEqualTo(ErrorCode.CertificateValidationError);
        assertThat(error.code().retryable()).isFalse();
    }

    @Test
    void the_registration_port_names_a_certificate_for_another_host_a_certificate_validation_error() throws Exception {
        String url = serve("management.elsewhere.example");
        HttpRegistrationPort registrations = new HttpRegistrationPort(
                new HttpTransport(ClientConfig.trusting(emulatorCaPem).withTimeouts(TIMEOUT, TIMEOUT)),
                ArmTarget.of(URI.create(url), () -> Either.right("arm-token")));

        DomainError error = registrations.get(RegistrationKey.of(Guid.random().text(), "azurestack", "r")).getLeft();

        assertThat(error.code()).isEqualTo(ErrorCode.CertificateValidationError);
    }

    @Test
    void the_token_port_names_an_untrusted_login_endpoint_a_login_error() throws Exception {
        String url = serve("localhost", "127.0.0.1");
        HttpTokenPort tokens = new HttpTokenPort(new HttpTransport(ClientConfig.trusting(otherCaPem).withTimeouts(TIMEOUT, TIMEOUT)));

        DomainError error = tokens.acquire(new TokenPort.TokenRequest(URI.create(url), TenantId.of(Guid.random().text()),
                ClientId.of(Guid.random().text()), "secret", "https://usage.microsoftazurestack.com/.default")).getLeft();

        assertThat(error.code()).isEqualTo(ErrorCode.LoginError);
        assertThat(((BridgeError.LoginError) error).cause()).contains("SSLHandshakeException");
    }

    /** JDK 17's client notices such a hang-up only when its connect timeout (which covers the handshake) expires. */
    @Test
    void a_peer_that_hangs_up_during_the_handshake_is_unreachable_not_a_certificate_problem() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread hangUp = new Thread(() -> {
                try (Socket socket = listener.accept(); InputStream in = socket.getInputStream()) {
                    in.read(new byte[16_384]);
                } catch (IOException ignored) {
                    // the client sees the hang-up; nothing to do here
                }
            });
            hangUp.start();

            ClientConfig impatient = ClientConfig.trusting(emulatorCaPem).withTimeouts(Duration.ofMillis(500), Duration.ofMillis(500));
            WireFailure failure = new HttpTransport(impatient)
                    .exchange(URI.create("https://127.0.0.1:" + listener.getLocalPort() + "/"), HttpRequest.Builder::GET).getLeft();

            assertThat(failure.failure()).isEqualTo(TransportFailure.UNREACHABLE);
            hangUp.join(TIMEOUT.toMillis());
        }
    }
}
