package io.stackbridge.adapters.http.client;

import com.github.tomakehurst.wiremock.http.Fault;
import io.stackbridge.adapters.http.wire.RegistrationResource;
import io.stackbridge.domain.bridge.BridgeClassifier;
import io.stackbridge.domain.error.ArmError;
import io.stackbridge.domain.error.BridgeError;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.error.ErrorCode;
import io.stackbridge.domain.error.ErrorMessages;
import io.stackbridge.domain.text.Language;
import io.vavr.control.Either;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.stackbridge.adapters.http.client.Answers.armError;
import static io.stackbridge.adapters.http.client.Answers.json;
import static io.stackbridge.adapters.http.client.Answers.left;
import static io.stackbridge.adapters.http.client.Answers.right;
import static org.assertj.core.api.Assertions.assertThat;

/** The registration client's failures: Azure's refusals keep their codes and name the request's values; no answer is a bridge code. */
class HttpRegistrationPortErrorsTest extends RegistrationClientTest {

    private static String messageOf(DomainError error) {
        return ErrorMessages.message(error, Language.EN);
    }

    @Test
    void a_missing_registration_is_resource_not_found_naming_it() {
        WIRE.stubFor(get(urlEqualTo(at(PATH))).willReturn(armError(404, "ResourceNotFound", "Nothing at that ID.")));

        DomainError error = left(registrations.get(KEY));

        assertThat(error).isEqualTo(new ArmError.ResourceNotFound(PATH));
    }

    @Test
    void a_subscription_without_the_provider_is_named_in_the_refusal() {
        WIRE.stubFor(put(urlEqualTo(at(PATH))).willReturn(armError(409, "MissingSubscriptionRegistration", "Register first.")));

        DomainError error = left(registrations.createOrUpdate(KEY, TOKEN));

        assertThat(error.code()).isEqualTo(ErrorCode.MissingSubscriptionRegistration);
        assertThat(messageOf(error)).contains(SUBSCRIPTION.value());
    }

    @Test
    void a_cloud_registered_elsewhere_is_named_from_the_token_the_request_carried() {
        WIRE.stubFor(put(urlEqualTo(at(PATH))).willReturn(armError(409, "CloudIdAlreadyRegistered", "Already there.", "cloudId")));

        DomainError error = left(registrations.createOrUpdate(KEY, TOKEN));

        assertThat(error.code()).isEqualTo(ErrorCode.CloudIdAlreadyRegistered);
        assertThat(messageOf(error)).contains(CLOUD.value());
    }

    @Test
    void a_stale_etag_is_precondition_failed() {
        WIRE.stubFor(put(urlEqualTo(at(PATH))).willReturn(armError(412, "PreconditionFailed", "Stale.")));

        assertThat(left(registrations.createOrUpdate(KEY, TOKEN)).code()).isEqualTo(ErrorCode.PreconditionFailed);
    }

    @Test
    void throttling_keeps_its_code_and_its_wait() {
        WIRE.stubFor(put(urlEqualTo(at(PATH))).willReturn(armError(429, "TooManyRequests", "Slow down.").withHeader("Retry-After", "3")));

        assertThat(left(registrations.createOrUpdate(KEY, TOKEN))).isEqualTo(new ArmError.TooManyRequests(3));
    }

    @Test
    void an_unknown_code_in_a_client_error_is_invalid_request_content_keeping_the_servers_words() {
        WIRE.stubFor(put(urlEqualTo(at(PATH))).willReturn(armError(409, "SomethingNew", "A new rule.")));

        DomainError error = left(registrations.createOrUpdate(KEY, TOKEN));

        assertThat(error.code()).isEqualTo(ErrorCode.InvalidRequestContent);
        assertThat(((ArmError.InvalidRequestContent) error).problems().head().value()).isEqualTo("SomethingNew: A new rule.");
    }

    @Test
    void the_emulators_last_resort_keeps_its_code_and_request_id_and_is_retryable() {
        WIRE.stubFor(get(urlEqualTo(at(PATH))).willReturn(armError(500, "InternalServerError", "request-42 failed")));

        DomainError error = left(registrations.get(KEY));

        assertThat(error).isEqualTo(new ArmError.InternalServerError("request-42 failed"));
        assertThat(error.code().retryable()).isTrue();
    }

    @Test
    void an_unknown_code_in_a_server_error_is_a_retryable_service_unavailable() {
        WIRE.stubFor(get(urlEqualTo(at(PATH))).willReturn(armError(500, "SomethingBroke", "Oops.")));

        DomainError error = left(registrations.get(KEY));

        assertThat(error.code()).isEqualTo(ErrorCode.ServiceUnavailable);
        assertThat(error.code().retryable()).isTrue();
    }

    @Test
    void a_broken_connection_is_a_network_error_at_resource_manager() {
        WIRE.stubFor(any(anyUrl()).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        DomainError error = left(registrations.createOrUpdate(KEY, TOKEN));

        assertThat(error.code()).isEqualTo(ErrorCode.NetworkError);
        assertThat(((BridgeError) error).endpoint()).isEqualTo(management().toString());
    }

    @Test
    void a_slow_resource_manager_is_a_timeout() {
        HttpRegistrationPort impatient = new HttpRegistrationPort(
                new HttpTransport(ClientConfig.jvmTrust().withTimeouts(Duration.ofMillis(500), Duration.ofMillis(300))),
                ArmTarget.of(management(), () -> Either.right("arm-token")));
        WIRE.stubFor(any(anyUrl()).willReturn(json(200, RegistrationResource.from(SUMMARY)).withFixedDelay(2000)));

        assertThat(left(impatient.get(KEY))).isEqualTo(new BridgeError.RequestTimedOut(management().toString(), Duration.ofMillis(300)));
    }

    @Test
    void a_resource_that_does_not_read_as_a_registration_is_a_network_error() {
        WIRE.stubFor(get(urlEqualTo(at(PATH))).willReturn(json(200, "{\"id\":\"/nowhere\"}")));

        DomainError error = left(registrations.get(KEY));

        assertThat(error.code()).isEqualTo(ErrorCode.NetworkError);
        assertThat(((BridgeError.NetworkError) error).cause()).startsWith("unreadable answer");
    }

    @Test
    void a_failed_sign_in_fails_the_call_before_anything_is_sent() {
        DomainError loginError = BridgeClassifier.login("https://login.example", "invalid_client: bad secret");
        AtomicInteger asked = new AtomicInteger();
        HttpRegistrationPort signedOut = new HttpRegistrationPort(transport, ArmTarget.of(management(), () -> {
            asked.incrementAndGet();
            return Either.left(loginError);
        }));

        assertThat(left(signedOut.get(KEY))).isEqualTo(loginError);
        assertThat(asked).hasValue(1);
        WIRE.verify(0, anyRequestedFor(urlPathEqualTo(PATH)));
    }
}
