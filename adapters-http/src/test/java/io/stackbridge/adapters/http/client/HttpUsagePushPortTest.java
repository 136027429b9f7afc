package io.stackbridge.adapters.http.client;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.stackbridge.adapters.http.wire.UsageBatchBody;
import io.stackbridge.adapters.http.wire.UsageReceipt;
import io.stackbridge.adapters.http.wire.WireJson;
import io.stackbridge.application.contract.UsageRecords;
import io.stackbridge.application.port.out.UsagePushPort.PushReceipt;
import io.stackbridge.application.port.out.UsagePushPort.UsagePush;
import io.stackbridge.domain.error.BridgeError;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.error.ErrorCode;
import io.stackbridge.domain.error.ErrorMessages;
import io.stackbridge.domain.error.UsageApiError;
import io.stackbridge.domain.error.ArmError;
import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.id.TenantId;
import io.stackbridge.domain.text.Language;
import io.stackbridge.domain.usage.UsageBatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

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
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.stackbridge.adapters.http.client.Answers.armError;
import static io.stackbridge.adapters.http.client.Answers.json;
import static io.stackbridge.adapters.http.client.Answers.left;
import static io.stackbridge.adapters.http.client.Answers.right;
import static org.assertj.core.api.Assertions.assertThat;

/** The usage client: the push it sends, refusals of the bridge's identity as Unauthorized, and every transport fault as its bridge code. */
class HttpUsagePushPortTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final Duration TIMEOUT = Duration.ofMillis(300);
    private static final CloudId CLOUD = CloudId.of("5bf881b2-6be7-42a1-9f47-d6fcb6737747");
    private static final UsageBatch BATCH = UsageBatch.of(CLOUD,
            UsageRecords.of(SubscriptionId.of("2dbdd5f4-daf3-442a-be35-b71c3debee5a"), TenantId.of("dbab3982-796f-4d03-9908-044c08aef8a2"),
                    NOW).hourly("1", "2.5"));
    private static final String PATH = "/usage/registrations/" + CLOUD.value() + "/batches/" + BATCH.id().value();

    @RegisterExtension
    static final WireMockExtension WIRE = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    private final HttpUsagePushPort usage = new HttpUsagePushPort(
            new HttpTransport(ClientConfig.jvmTrust().withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(5))), Clock.fixed(NOW, ZoneOffset.UTC));
    private final HttpUsagePushPort impatient = new HttpUsagePushPort(
            new HttpTransport(ClientConfig.jvmTrust().withTimeouts(Duration.ofMillis(500), TIMEOUT)), Clock.fixed(NOW, ZoneOffset.UTC));

    private static URI endpoint() {
        return URI.create("http://127.0.0.1:" + WIRE.getPort());
    }

    private DomainError pushRefused() {
        return left(usage.push(new UsagePush(endpoint(), BATCH, "the.bearer.token", NOW)));
    }

    private static String messageOf(DomainError error) {
        return ErrorMessages.message(error, Language.EN);
    }

    @Test
    void puts_the_batch_with_bearer_token_and_stamp_date_and_reads_the_receipt() {
        WIRE.stubFor(put(urlEqualTo(PATH)).willReturn(json(200, new UsageReceipt(BATCH.id().value(), 2, true))));

        PushReceipt receipt = right(usage.push(new UsagePush(endpoint(), BATCH, "the.bearer.token", Instant.parse("2026-03-01T09:58:07Z"))));

        assertThat(receipt).isEqualTo(new PushReceipt(BATCH.id(), 2, true));
        WIRE.verify(putRequestedFor(urlEqualTo(PATH))
                .withHeader("Authorization", equalTo("Bearer the.bearer.token"))
                .withHeader("x-ms-date", equalTo("Sun, 01 Mar 2026 09:58:07 GMT"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withHeader("Accept", equalTo("application/json"))
                .withHeader("x-ms-correlation-request-id", matching("[0-9a-f-]{36}"))
                .withRequestBody(equalToJson(WireJson.write(UsageBatchBody.from(BATCH)))));
    }

    @Test
    void the_body_carries_each_record_with_its_exact_quantity() {
        WIRE.stubFor(put(urlEqualTo(PATH)).willReturn(json(200, new UsageReceipt(BATCH.id().value(), 2, false))));

        right(usage.push(new UsagePush(endpoint(), BATCH, "t", NOW)));

        String body = WIRE.findAll(putRequestedFor(urlEqualTo(PATH))).get(0).getBodyAsString();
        assertThat(body).contains("\"quantity\":2.5", "\"meterId\":\"" + UsageRecords.BASE_VM.value() + "\"");
    }

    @ParameterizedTest(name = "401 {0} is Unauthorized naming it")
    @ValueSource(strings = {"ClockSkewTooLarge", "CloudNotRegistered", "RegistrationModified", "InvalidAuthenticationToken"})
    void a_401_of_the_usage_service_is_unauthorized_naming_its_code_and_its_words(String code) {
        WIRE.stubFor(put(urlEqualTo(PATH)).willReturn(armError(401, code, "The stamp time 2026-03-01T10:06:00Z is off.")));

        DomainError error = pushRefused();

        assertThat(error.code()).isEqualTo(ErrorCode.Unauthorized);
        assertThat(error.code().retryable()).isFalse();
        assertThat(((BridgeError.Unauthorized) error).cause()).isEqualTo(code + ": The stamp time 2026-03-01T10:06:00Z is off.");
        assertThat(((BridgeError.Unauthorized) error).endpoint()).isEqualTo(endpoint().toString());
    }

    @Test
    void a_403_is_unauthorized() {
        WIRE.stubFor(put(urlEqualTo(PATH)).willReturn(armError(403, "AuthorizationFailed", "Not allowed.")));

        assertThat(pushRefused().code()).isEqualTo(ErrorCode.Unauthorized);
    }

    @ParameterizedTest(name = "{0} without an envelope is Unauthorized")
    @ValueSource(ints = {401, 403})
    void a_bare_401_or_403_is_unauthorized(int status) {
        WIRE.stubFor(put(urlEqualTo(PATH)).willReturn(aResponse().withStatus(status)));

        DomainError error = pushRefused();

        assertThat(error.code()).isEqualTo(ErrorCode.Unauthorized);
        assertThat(((BridgeError.Unauthorized) error).cause()).isEqualTo("HTTP " + status);
    }

    @Test
    void an_unknown_code_in_a_401_is_unauthorized_naming_that_code() {
        WIRE.stubFor(put(urlEqualTo(PATH)).willReturn(armError(401, "ExpiredAuthenticationToken", "Expired.")));

        assertThat(((BridgeError.Unauthorized) pushRefused()).cause()).isEqualTo("ExpiredAuthenticationToken: Expired.");
    }

    @Test
    void throttling_with_retry_after_seven_is_a_service_unavailable_of_seven_seconds() {
        WIRE.stubFor(put(urlEqualTo(PATH)).willReturn(armError(503, "ServiceUnavailable", "Busy.").withHeader("Retry-After", "7")));

        DomainError error = pushRefused();

        assertThat(error).isEqualTo(new UsageApiError.ServiceUnavailable(7));
        assertThat(error.code().retryable()).isTrue();
    }

    @Test
    void a_retry_after_date_is_counted_from_now() {
        WIRE.stubFor(put(urlEqualTo(PATH)).willReturn(aResponse().withStatus(503).withHeader("Retry-After", "Sun, 01 Mar 2026 10:00:30 GMT")));

        assertThat(pushRefused()).isEqualTo(new UsageApiError.ServiceUnavailable(30));
    }

    @Test
    void any_5xx_without_a_code_is_a_retryable_service_unavailable() {
        WIRE.stubFor(put(urlEqualTo(PATH)).willReturn(aResponse().withStatus(502).withBody("<html>Bad gateway</html>")));

        DomainError error = pushRefused();

        assertThat(error.code()).isEqualTo(ErrorCode.ServiceUnavailable);
        assertThat(error.code().retryable()).isTrue();
    }

    @Test
    void too_many_requests_keeps_its_code_and_its_wait() {
        WIRE.stubFor(put(urlEqualTo(PATH)).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "12")));

        assertThat(pushRefused()).isEqualTo(new ArmError.TooManyRequests(12));
    }

    @Test
    void a_conflicting_batch_keeps_its_code_and_names_the_batch() {
        WIRE.stubFor(put(urlEqualTo(PATH)).willReturn(armError(409, "BatchIdConflict", "Other content.")));

        DomainError error = pushRefused();

        assertThat(error.code()).isEqualTo(ErrorCode.BatchIdConflict);
        assertThat(messageOf(error)).contains(BATCH.id().value());
    }

    @ParameterizedTest(name = "{0} is a retryable network error")
    @EnumSource(value = Fault.class, names = {"CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE", "MALFORMED_RESPONSE_CHUNK", "RANDOM_DATA_THEN_CLOSE"})
    void a_broken_connection_is_a_network_error(Fault fault) {
        WIRE.stubFor(any(anyUrl()).willReturn(aResponse().withFault(fault)));

        DomainError error = pushRefused();

        assertThat(error.code()).isEqualTo(ErrorCode.NetworkError);
        assertThat(error.code().retryable()).isTrue();
        assertThat(((BridgeError.NetworkError) error).endpoint()).isEqualTo(endpoint().toString());
    }

    @Test
    void an_answer_later_than_the_timeout_is_request_timed_out() {
        WIRE.stubFor(any(anyUrl()).willReturn(json(200, new UsageReceipt(BATCH.id().value(), 2, false)).withFixedDelay(2000)));

        DomainError error = left(impatient.push(new UsagePush(endpoint(), BATCH, "t", NOW)));

        assertThat(error).isEqualTo(new BridgeError.RequestTimedOut(endpoint().toString(), TIMEOUT));
        assertThat(error.code().retryable()).isTrue();
    }

    @Test
    void a_closed_port_is_a_network_error() throws IOException {
        URI closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }

        DomainError error = left(usage.push(new UsagePush(closed, BATCH, "t", NOW)));

        assertThat(error.code()).isEqualTo(ErrorCode.NetworkError);
        assertThat(((BridgeError.NetworkError) error).cause()).contains("ConnectException");
    }

    @Test
    void an_unresolvable_host_is_a_network_error() {
        URI nowhere = URI.create("https://nonexistent.invalid");

        DomainError error = left(usage.push(new UsagePush(nowhere, BATCH, "t", NOW)));

        assertThat(error.code()).isEqualTo(ErrorCode.NetworkError);
        assertThat(((BridgeError.NetworkError) error).endpoint()).isEqualTo("https://nonexistent.invalid");
    }

    @Test
    void an_acceptance_that_does_not_read_as_a_receipt_is_a_network_error() {
        WIRE.stubFor(put(urlEqualTo(PATH)).willReturn(json(200, "{\"batchId\":\"not a batch id!\"}")));

        DomainError error = pushRefused();

        assertThat(error.code()).isEqualTo(ErrorCode.NetworkError);
        assertThat(((BridgeError.NetworkError) error).cause()).startsWith("unreadable answer");
    }
}
