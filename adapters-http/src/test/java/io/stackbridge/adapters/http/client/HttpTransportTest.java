package io.stackbridge.adapters.http.client;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.stackbridge.domain.bridge.TransportFailure;
import io.vavr.control.Either;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/** The transport against WireMock's wire faults: what each failure is classified as, and what every request carries. */
class HttpTransportTest {

    private static final Duration CONNECT = Duration.ofMillis(500);
    private static final Duration SHORT = Duration.ofMillis(300);
    private static final Duration PATIENT = Duration.ofSeconds(5);

    @RegisterExtension
    static final WireMockExtension WIRE = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    private final HttpTransport transport = new HttpTransport(ClientConfig.jvmTrust().withTimeouts(PATIENT, PATIENT));
    private final HttpTransport impatient = new HttpTransport(ClientConfig.jvmTrust().withTimeouts(CONNECT, SHORT));

    private static String base() {
        return "http://127.0.0.1:" + WIRE.getPort();
    }

    private Either<WireFailure, HttpResponse<String>> get(String url) {
        return transport.exchange(URI.create(url), HttpRequest.Builder::GET);
    }

    private WireFailure failureOf(String url) {
        return failureOf(transport, url);
    }

    private static WireFailure failureOf(HttpTransport client, String url) {
        Either<WireFailure, HttpResponse<String>> outcome = client.exchange(URI.create(url), HttpRequest.Builder::GET);
        assertThat(outcome.isLeft()).as("expected a wire failure but got %s", outcome).isTrue();
        return outcome.getLeft();
    }

    @ParameterizedTest(name = "{0} is unreachable")
    @EnumSource(value = Fault.class, names = {"CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE", "MALFORMED_RESPONSE_CHUNK", "RANDOM_DATA_THEN_CLOSE"})
    void a_broken_or_garbled_answer_is_unreachable(Fault fault) {
        WIRE.stubFor(any(anyUrl()).willReturn(aResponse().withFault(fault)));

        WireFailure failure = failureOf(base() + "/broken");

        assertThat(failure.failure()).isEqualTo(TransportFailure.UNREACHABLE);
        assertThat(failure.cause()).isNotBlank().doesNotContain("\n");
    }

    @Test
    void an_answer_later_than_the_request_timeout_is_timed_out() {
        WIRE.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withFixedDelay(2000)));

        assertThat(failureOf(impatient, base() + "/slow").failure()).isEqualTo(TransportFailure.TIMED_OUT);
    }

    @Test
    void a_body_dribbling_past_the_deadline_is_timed_out() {
        WIRE.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("x".repeat(200)).withChunkedDribbleDelay(10, 2000)));

        assertThat(failureOf(impatient, base() + "/dribble").failure()).isEqualTo(TransportFailure.TIMED_OUT);
    }

    @Test
    void a_closed_port_is_unreachable() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }

        WireFailure failure = failureOf("http://127.0.0.1:" + port + "/");

        assertThat(failure.failure()).isEqualTo(TransportFailure.UNREACHABLE);
        assertThat(failure.cause()).contains("ConnectException");
    }

    @Test
    void an_unresolvable_host_is_unreachable() {
        WireFailure failure = failureOf("http://nonexistent.invalid/");

        assertThat(failure.failure()).isEqualTo(TransportFailure.UNREACHABLE);
    }

    @Test
    void a_url_the_client_cannot_use_is_unreachable_not_an_exception() {
        assertThat(failureOf("ftp://127.0.0.1/file").failure()).isEqualTo(TransportFailure.UNREACHABLE);
    }

    @Test
    void an_error_status_is_an_answer_not_a_failure() {
        WIRE.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(503).withBody("busy")));

        HttpResponse<String> answer = get(base() + "/busy").get();

        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(answer.body()).isEqualTo("busy");
    }

    @Test
    void every_request_asks_for_english_json_and_carries_a_fresh_correlation_id() {
        WIRE.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));

        get(base() + "/one");
        get(base() + "/one");

        var requests = WIRE.findAll(getRequestedFor(urlEqualTo("/one"))
                .withHeader("Accept", equalTo("application/json"))
                .withHeader("Accept-Language", equalTo("en"))
                .withHeader(HttpTransport.CORRELATION_ID, matching("[0-9a-f-]{36}")));
        assertThat(requests).hasSize(2);
        assertThat(requests.get(0).getHeader(HttpTransport.CORRELATION_ID))
                .isNotEqualTo(requests.get(1).getHeader(HttpTransport.CORRELATION_ID));
    }
}
