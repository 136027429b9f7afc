package io.stackbridge.application.contract;

import io.stackbridge.domain.error.BridgeError;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.error.ErrorCode;
import io.stackbridge.domain.fault.FaultEffect;
import io.stackbridge.domain.fault.Operation;
import io.stackbridge.domain.id.Guid;
import io.stackbridge.domain.id.ObjectId;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.id.TenantId;
import io.stackbridge.domain.usage.Quantity;
import io.stackbridge.domain.usage.UsageBatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;

import static io.stackbridge.application.contract.Outcomes.left;
import static io.stackbridge.application.contract.Outcomes.right;
import static io.stackbridge.application.contract.UsageRecords.billedTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every refusal of the usage service as the bridge sees it ({@code Unauthorized}, naming the code
 * underneath), and every transport fault on {@code Usage_Push} as its bridge code.
 */
public abstract class UsagePushPortErrorsContract extends UsageContract {

    private void assertUnauthorizedBecauseOf(DomainError error, ErrorCode underlying) {
        assertThat(error.code()).isEqualTo(ErrorCode.Unauthorized);
        assertThat(((BridgeError.Unauthorized) error).cause()).contains(underlying.name());
        assertThat(azure.ledger()).isEmpty();
    }

    private DomainError pushWithFault(FaultEffect effect) {
        azure.addFault(Faults.always(Operation.Usage_Push, effect));
        return left(push(batchOf(unmapped.hourly("1", "2"))));
    }

    @Test
    void a_garbage_token_is_unauthorized() {
        assertUnauthorizedBecauseOf(left(push(batchOf(unmapped.hourly("1")), "garbage.not.a-token", azure.serviceTime())),
                ErrorCode.InvalidAuthenticationToken);
    }

    @Test
    void a_token_for_resource_manager_is_unauthorized() {
        String managementToken = tokenFor("https://management.azure.com/.default");

        assertUnauthorizedBecauseOf(left(push(batchOf(unmapped.hourly("1")), managementToken, azure.serviceTime())),
                ErrorCode.InvalidAuthenticationToken);
    }

    @Test
    void a_stamp_clock_six_minutes_ahead_is_unauthorized() {
        Instant skewed = azure.serviceTime().plus(Duration.ofMinutes(6));

        assertUnauthorizedBecauseOf(left(push(batchOf(unmapped.hourly("1")), accessToken, skewed)), ErrorCode.ClockSkewTooLarge);
    }

    @Test
    void a_stamp_clock_six_minutes_behind_is_unauthorized() {
        Instant skewed = azure.serviceTime().minus(Duration.ofMinutes(6));

        assertUnauthorizedBecauseOf(left(push(batchOf(unmapped.hourly("1")), accessToken, skewed)), ErrorCode.ClockSkewTooLarge);
    }

    @Test
    void a_deleted_registration_is_unauthorized() {
        right(azure.registrations().delete(registration));

        assertUnauthorizedBecauseOf(left(push(batchOf(unmapped.hourly("1")))), ErrorCode.CloudNotRegistered);
    }

    @Test
    void a_registration_re_created_for_another_principal_is_unauthorized() {
        right(azure.registrations().delete(registration));
        register(registration.subscriptionId(), StampTokens.forObject(new ObjectId(Guid.random())).cloud(stamp.cloudId()).build());

        assertUnauthorizedBecauseOf(left(push(batchOf(unmapped.hourly("1")))), ErrorCode.RegistrationModified);
    }

    @Test
    void an_expired_token_is_unauthorized() {
        azure.addFault(Faults.always(Operation.Usage_Push, new FaultEffect.ShiftClock(Duration.ofHours(2))));

        DomainError error = left(push(batchOf(unmapped.hourly("1")), accessToken, azure.serviceTime().plus(Duration.ofHours(2))));

        assertUnauthorizedBecauseOf(error, ErrorCode.InvalidAuthenticationToken);
    }

    static Stream<FaultEffect> brokenConnections() {
        return Stream.of(new FaultEffect.Unreachable(), new FaultEffect.ResetConnection(), new FaultEffect.EmptyResponse(),
                new FaultEffect.PartialBody());
    }

    @ParameterizedTest(name = "{0} is a retryable network error")
    @MethodSource("brokenConnections")
    void a_broken_connection_is_a_retryable_network_error(FaultEffect effect) {
        DomainError error = pushWithFault(effect);

        assertThat(error.code()).isEqualTo(ErrorCode.NetworkError);
        assertThat(error.code().retryable()).isTrue();
        assertThat(((BridgeError) error).endpoint()).isNotBlank();
    }

    @Test
    void a_slow_usage_service_is_a_retryable_timeout() {
        DomainError error = pushWithFault(new FaultEffect.Slow());

        assertThat(error.code()).isEqualTo(ErrorCode.RequestTimedOut);
        assertThat(error.code().retryable()).isTrue();
    }

    @Test
    void an_untrusted_certificate_is_a_certificate_validation_error_and_nothing_is_booked() {
        DomainError error = pushWithFault(new FaultEffect.UntrustedCertificate());

        assertThat(error.code()).isEqualTo(ErrorCode.CertificateValidationError);
        assertThat(error.code().retryable()).isFalse();
        assertThat(azure.ledger()).isEmpty();
    }

    @Test
    void throttling_is_a_retryable_service_unavailable() {
        DomainError error = pushWithFault(new FaultEffect.ReturnError(ErrorCode.ServiceUnavailable));

        assertThat(error.code()).isEqualTo(ErrorCode.ServiceUnavailable);
        assertThat(error.code().retryable()).isTrue();
    }

    @Test
    void a_delayed_answer_is_still_an_acceptance() {
        azure.addFault(Faults.always(Operation.Usage_Push, new FaultEffect.Delay(Duration.ofMillis(50))));

        assertThat(right(push(batchOf(unmapped.hourly("1", "2")))).alreadyReceived()).isFalse();
        assertThat(billedTo(azure.ledger(), world().registrationSubscription())).isEqualTo(Quantity.of("3"));
    }

    @Test
    void a_resend_after_a_timeout_is_counted_once() {
        UsageBatch batch = batchOf(unmapped.hourly("1", "2"));
        azure.addFault(Faults.times(1, Operation.Usage_Push, new FaultEffect.Slow()));

        assertThat(left(push(batch)).code()).isEqualTo(ErrorCode.RequestTimedOut);
        assertThat(right(push(batch)).batchId()).isEqualTo(batch.id());
        assertThat(billedTo(azure.ledger(), world().registrationSubscription())).isEqualTo(Quantity.of("3"));
    }

    @Test
    void usage_that_ends_in_the_future_is_refused_naming_the_record() {
        UsageRecords later = UsageRecords.of(new SubscriptionId(Guid.random()), new TenantId(Guid.random()),
                azure.serviceTime().plus(Duration.ofHours(8)));
        UsageBatch batch = batchOf(unmapped.hourly("1").appendAll(later.hourly("2")));

        DomainError error = left(push(batch));

        assertThat(error.code()).isEqualTo(ErrorCode.InvalidRequestContent);
        assertThat(error.target()).contains("records[1].usageEndTime");
        assertThat(azure.ledger()).isEmpty();
    }
}
