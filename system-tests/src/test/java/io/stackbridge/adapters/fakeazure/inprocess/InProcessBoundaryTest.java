package io.stackbridge.adapters.fakeazure.inprocess;

import io.stackbridge.adapters.fakeazure.world.DefaultWorld;
import io.stackbridge.application.port.out.TokenPort.TokenRequest;
import io.stackbridge.domain.billing.BillingModel;
import io.stackbridge.domain.error.BridgeError;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.error.ErrorCode;
import io.stackbridge.domain.error.TenantRegistrationError;
import io.stackbridge.domain.fault.FaultCall;
import io.stackbridge.domain.fault.FaultEffect;
import io.stackbridge.domain.fault.FaultMatch;
import io.stackbridge.domain.fault.FaultRule;
import io.stackbridge.domain.fault.Operation;
import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.journal.JournalEntry;
import io.stackbridge.domain.registration.RegistrationKey;
import io.stackbridge.junit.FakeAzure;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** A few fault effects through the token port, to pin how the boundary names and journals them. */
class InProcessBoundaryTest {

    private final FakeAzure azure = FakeAzure.builder().inProcessTimeout(Duration.ofSeconds(12)).start();
    private final TokenRequest request = DefaultWorld.bridgeTokenRequest(azure.endpoints());

    private void rule(String id, Operation operation, FaultEffect effect) {
        azure.faults().add(FaultRule.of(id, FaultMatch.operation(operation), 1, Option.some(1), effect).get());
    }

    private DomainError acquireFails() {
        return azure.tokens().acquire(request).getLeft();
    }

    @Test
    void an_injected_refusal_of_the_token_endpoint_is_a_login_error_naming_it() {
        rule("bad-secret", Operation.Token_Issue, new FaultEffect.ReturnError(ErrorCode.InvalidClientSecret));

        BridgeError.LoginError error = (BridgeError.LoginError) acquireFails();

        assertThat(error.endpoint()).isEqualTo("https://login.stackbridge.invalid");
        assertThat(error.cause()).startsWith("InvalidClientSecret: ");
        assertThat(azure.journal().entries().single())
                .extracting(JournalEntry::operation, JournalEntry::outcome, JournalEntry::faultRule)
                .containsExactly(Operation.Token_Issue, "LoginError", Option.some("bad-secret"));
    }

    @Test
    void a_slow_usage_service_times_out_after_the_configured_timeout_without_waiting() {
        rule("slow", Operation.Usage_Push, new FaultEffect.Slow());
        InProcessBoundary boundary = new InProcessBoundary(azure.faults(), azure.clock(), azure.journal(), Duration.ofSeconds(12));

        DomainError error = boundary.call(FaultCall.of(Operation.Usage_Push), "batch",
                FailureNaming.usage("https://usage.example"), () -> {
                    throw new AssertionError("a timed-out call is not served");
                }).getLeft();

        assertThat(error).isEqualTo(new BridgeError.RequestTimedOut("https://usage.example", Duration.ofSeconds(12)));
    }

    @Test
    void a_rule_that_has_fired_its_last_time_lets_the_next_call_through() {
        rule("once", Operation.Token_Issue, new FaultEffect.Unreachable());

        assertThat(acquireFails().code()).isEqualTo(ErrorCode.LoginError);
        assertThat(azure.tokens().acquire(request).isRight()).isTrue();
        assertThat(azure.journal().entries().map(JournalEntry::outcome)).containsExactly("LoginError", JournalEntry.OK);
    }

    @Test
    void a_metadata_resolver_failure_makes_tenant_onboarding_a_retryable_bad_gateway_naming_the_rule() {
        RegistrationKey key = RegistrationKey.of(DefaultWorld.REGISTRATION_SUBSCRIPTION.value(), "azurestack", "reg1");
        azure.registrations().createOrUpdate(key, azure.registrationToken(CloudId.of("5bf881b2-6be7-42a1-9f47-d6fcb6737747"),
                BillingModel.PayAsYouUse)).get();
        azure.approveMultiTenancy(key).get();
        rule("resolver", Operation.MetadataResolver_Lookup, new FaultEffect.MetadataResolverFailure());

        DomainError error = azure.customerSubscriptions().add(key, DefaultWorld.CONTOSO_SUBSCRIPTION.value(), Option.none()).getLeft();

        assertThat(error).isEqualTo(new TenantRegistrationError.MetadataResolverBadGatewayError("resolver: MetadataResolverFailure"));
        assertThat(error.code().retryable()).isTrue();
        assertThat(azure.journal().entries(Option.some(Operation.MetadataResolver_Lookup), Option.none()).single().outcome())
                .isEqualTo("MetadataResolverBadGatewayError");
    }
}
