package io.stackbridge.adapters.fakeazure.faults;

import io.stackbridge.adapters.fakeazure.support.Stamp;
import io.stackbridge.adapters.fakeazure.world.DefaultWorld;
import io.stackbridge.application.contract.Faults;
import io.stackbridge.application.contract.UsageRecords;
import io.stackbridge.domain.error.BridgeError;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.error.ErrorCode;
import io.stackbridge.domain.fault.FaultEffect;
import io.stackbridge.domain.fault.Operation;
import io.stackbridge.domain.id.Guid;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.id.TenantId;
import io.stackbridge.junit.FakeAzure;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.CONTOSO_SUBSCRIPTION;
import static org.assertj.core.api.Assertions.assertThat;

/** ReturnError answers with the code asked for, named per port: Resource Manager keeps it, login and usage classify it. */
class ReturnedErrorsTest {

    private final FakeAzure azure = FakeAzure.start();
    private final Stamp stamp = Stamp.payAsYouUse(azure).approved();

    private void returns(Operation operation, ErrorCode code) {
        azure.faults().add(Faults.times(1, operation, new FaultEffect.ReturnError(code)));
    }

    private DomainError push() {
        String bearer = stamp.accessToken();
        return stamp.push(stamp.batch(UsageRecords.of(new SubscriptionId(Guid.random()), new TenantId(Guid.random()),
                azure.clock().now()).hourly("1")), bearer).getLeft();
    }

    @Test
    void resource_manager_refusals_keep_their_code_and_name_the_resource() {
        returns(Operation.Registrations_Get, ErrorCode.ResourceNotFound);
        returns(Operation.CustomerSubscriptions_Create, ErrorCode.UnauthorizedCspRegistration);

        DomainError notFound = azure.registrations().get(stamp.key()).getLeft();
        DomainError refused = azure.customerSubscriptions().add(stamp.key(), CONTOSO_SUBSCRIPTION.value(), Option.none()).getLeft();

        assertThat(notFound.code()).isEqualTo(ErrorCode.ResourceNotFound);
        assertThat(notFound.arguments().head().toString()).endsWith(stamp.key().name().value());
        assertThat(refused.code()).isEqualTo(ErrorCode.UnauthorizedCspRegistration);
    }

    @Test
    void an_identity_refusal_on_the_token_endpoint_is_a_login_error_naming_it() {
        returns(Operation.Token_Issue, ErrorCode.DisabledClient);

        DomainError error = azure.tokens().acquire(DefaultWorld.bridgeTokenRequest(azure.endpoints())).getLeft();

        assertThat(error.code()).isEqualTo(ErrorCode.LoginError);
        assertThat(((BridgeError.LoginError) error).cause()).startsWith("DisabledClient");
    }

    @Test
    void a_401_from_the_usage_service_is_unauthorized() {
        returns(Operation.Usage_Push, ErrorCode.RegistrationModified);

        DomainError error = push();

        assertThat(error.code()).isEqualTo(ErrorCode.Unauthorized);
        assertThat(((BridgeError.Unauthorized) error).cause()).startsWith("RegistrationModified");
    }

    @Test
    void other_usage_service_answers_keep_their_code() {
        returns(Operation.Usage_Push, ErrorCode.ServiceUnavailable);
        assertThat(push().code()).isEqualTo(ErrorCode.ServiceUnavailable);

        returns(Operation.Usage_Push, ErrorCode.BatchIdConflict);
        assertThat(push().code()).isEqualTo(ErrorCode.BatchIdConflict);
        assertThat(stamp.ledger()).isEmpty();
    }
}
