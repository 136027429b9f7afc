package io.stackbridge.adapters.http.client;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.stackbridge.adapters.http.server.identity.OAuthErrors;
import io.stackbridge.adapters.http.wire.OAuthError;
import io.stackbridge.adapters.http.wire.OAuthToken;
import io.stackbridge.application.port.out.TokenPort.AccessToken;
import io.stackbridge.application.port.out.TokenPort.TokenRequest;
import io.stackbridge.domain.error.BridgeError;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.error.ErrorCode;
import io.stackbridge.domain.error.ErrorContext;
import io.stackbridge.domain.error.ErrorFactory;
import io.stackbridge.domain.id.ClientId;
import io.stackbridge.domain.id.TenantId;
import io.stackbridge.domain.text.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.stackbridge.adapters.http.client.Answers.json;
import static io.stackbridge.adapters.http.client.Answers.left;
import static io.stackbridge.adapters.http.client.Answers.right;
import static org.assertj.core.api.Assertions.assertThat;

/** The token client: the client-credentials form it posts, and every failure, of any kind, as a LoginError. */
class HttpTokenPortTest {

    private static final TenantId TENANT = TenantId.of("7c1b5b80-3a47-4d84-8ad1-8f4b3a0e2f11");
    private static final ClientId CLIENT = ClientId.of("0f9d3a2e-5b1c-4e8f-9a6d-2c7b8e1f4a30");
    private static final String SCOPE = "https://usage.microsoftazurestack.com/.default";
    private static final String TOKEN_PATH = "/" + TENANT.value() + "/oauth2/v2.0/token";
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    @RegisterExtension
    static final WireMockExtension WIRE = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    private final HttpTokenPort tokens = new HttpTokenPort(
            new HttpTransport(ClientConfig.jvmTrust().withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(5))), Clock.fixed(NOW, ZoneOffset.UTC));
    private final HttpTokenPort impatient = new HttpTokenPort(
            new HttpTransport(ClientConfig.jvmTrust().withTimeouts(Duration.ofMillis(500), Duration.ofMillis(300))), Clock.fixed(NOW, ZoneOffset.UTC));

    private static URI login() {
        return URI.create("http://127.0.0.1:" + WIRE.getPort());
    }

    private static TokenRequest request(URI login, String secret) {
        return new TokenRequest(login, TENANT, CLIENT, secret, SCOPE);
    }

    private BridgeError.LoginError loginError(TokenRequest request) {
        return loginError(tokens, request);
    }

    private static BridgeError.LoginError loginError(HttpTokenPort tokens, TokenRequest request) {
        DomainError error = left(tokens.acquire(request));
        assertThat(error.code()).isEqualTo(ErrorCode.LoginError);
        assertThat(error.code().retryable()).isFalse();
        return (BridgeError.LoginError) error;
    }

    @Test
    void posts_the_client_credentials_form_and_reads_the_token() {
        WIRE.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(json(200, new OAuthToken("Bearer", 3599, 3599, "header.claims.signature"))));

        AccessToken token = right(tokens.acquire(request(login(), "s3cret&=+")));

        assertThat(token.value()).isEqualTo("header.claims.signature");
        assertThat(token.expiresAt()).isEqualTo(NOW.plusSeconds(3599));
        WIRE.verify(postRequestedFor(urlPathEqualTo(TOKEN_PATH))
                .withHeader("Content-Type", equalTo(HttpTokenPort.FORM))
                .withFormParam("grant_type", equalTo("client_credentials"))
                .withFormParam("client_id", equalTo(CLIENT.value()))
                .withFormParam("client_secret", equalTo("s3cret&=+"))
                .withFormParam("scope", equalTo(SCOPE)));
    }

    @Test
    void a_login_endpoint_with_a_trailing_slash_gets_the_same_path() {
        WIRE.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(json(200, new OAuthToken("Bearer", 60, 60, "t.o.k"))));

        right(tokens.acquire(request(URI.create(login() + "/"), "secret")));
    }

    @Test
    void an_oauth_refusal_is_a_login_error_naming_the_code_of_its_aadsts_number_then_the_error_and_description() {
        WIRE.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(Answers.oauthError(401, "invalid_client", 7000215,
                "AADSTS7000215: the secret of client 0f9d3a2e is wrong.\nTrace: abc")));

        BridgeError.LoginError error = loginError(request(login(), "wrong"));

        assertThat(error.cause())
                .isEqualTo("InvalidClientSecret: invalid_client: AADSTS7000215: the secret of client 0f9d3a2e is wrong. Trace: abc");
        assertThat(error.endpoint()).isEqualTo(login().toString());
    }

    @Test
    void an_oauth_refusal_with_an_unknown_number_is_a_login_error_with_the_error_and_description() {
        WIRE.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(Answers.oauthError(400, "invalid_request", 9999999, "AADSTS9999999: new.")));

        assertThat(loginError(request(login(), "secret")).cause()).isEqualTo("invalid_request: AADSTS9999999: new.");
    }

    /** Each identity code the emulator's token endpoint sends comes back as the same code (the two AADSTS tables agree). */
    @ParameterizedTest(name = "{0} survives the trip")
    @EnumSource(value = ErrorCode.class, names = {"InvalidClientSecret", "UnknownClient", "DisabledClient", "UnknownTenant", "InvalidScope",
            "UnsupportedGrantType"})
    void the_emulators_oauth_errors_read_back_as_their_codes(ErrorCode code) {
        OAuthError sent = OAuthErrors.of(ErrorFactory.of(code, ErrorContext.EMPTY), Language.EN, "correlation");
        WIRE.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(json(400, sent)));

        assertThat(loginError(request(login(), "secret")).cause()).startsWith(code.name() + ": " + sent.error() + ": AADSTS");
    }

    @Test
    void an_arm_envelope_from_the_token_endpoint_is_a_login_error_naming_its_code() {
        WIRE.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(Answers.armError(400, "UnknownTenant", "No tenant 7c1b5b80.")));

        assertThat(loginError(request(login(), "secret")).cause()).isEqualTo("UnknownTenant: No tenant 7c1b5b80.");
    }

    @Test
    void a_server_error_without_a_body_is_a_login_error() {
        WIRE.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(aResponse().withStatus(503).withHeader("Retry-After", "7")));

        assertThat(loginError(request(login(), "secret")).cause()).isEqualTo("HTTP 503");
    }

    @Test
    void an_answer_without_an_access_token_is_a_login_error() {
        WIRE.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(json(200, "{\"token_type\":\"Bearer\"}")));

        assertThat(loginError(request(login(), "secret")).cause()).startsWith("unreadable answer");
    }

    @ParameterizedTest(name = "{0} is a login error")
    @EnumSource(value = Fault.class, names = {"CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE", "MALFORMED_RESPONSE_CHUNK", "RANDOM_DATA_THEN_CLOSE"})
    void a_broken_connection_is_a_login_error(Fault fault) {
        WIRE.stubFor(any(anyUrl()).willReturn(aResponse().withFault(fault)));

        loginError(request(login(), "secret"));
    }

    @Test
    void a_login_endpoint_answering_too_late_is_a_login_error() {
        WIRE.stubFor(any(anyUrl()).willReturn(json(200, new OAuthToken("Bearer", 60, 60, "t.o.k")).withFixedDelay(2000)));

        assertThat(loginError(impatient, request(login(), "secret")).cause()).contains("HttpTimeoutException");
    }

    @Test
    void a_closed_port_is_a_login_error() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }

        loginError(request(URI.create("http://127.0.0.1:" + port), "secret"));
    }

    @Test
    void an_unresolvable_login_host_is_a_login_error() {
        loginError(request(URI.create("https://nonexistent.invalid"), "secret"));
    }
}
