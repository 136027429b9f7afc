package io.stackbridge.adapters.fakeazure.fault;

import io.stackbridge.domain.error.ArmError;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.error.ErrorCode;
import io.stackbridge.domain.error.ErrorMessages;
import io.stackbridge.domain.error.TenantRegistrationError;
import io.stackbridge.domain.error.UsageApiError;
import io.stackbridge.domain.fault.FaultCall;
import io.stackbridge.domain.fault.Operation;
import io.stackbridge.domain.registration.RegistrationKey;
import io.stackbridge.domain.text.Language;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InjectedErrorsTest {

    private static final RegistrationKey KEY = RegistrationKey.of("aaaaaaaa-0002-4000-8000-000000000001", "azurestack", "reg1");

    @Test
    void every_code_of_the_catalog_can_be_injected_as_itself_with_or_without_a_resource() {
        for (ErrorCode code : ErrorCode.values()) {
            for (FaultCall call : new FaultCall[]{FaultCall.of(Operation.Usage_Push), FaultCall.on(Operation.Registrations_Get, KEY)}) {
                DomainError error = InjectedErrors.of(code, call);

                assertThat(error.code()).as("injected %s", code).isEqualTo(code);
                assertThat(error.arguments()).as("arguments of %s", code).hasSize(code.placeholders().size());
                assertThat(ErrorMessages.message(error, Language.EN)).as("message of %s", code).doesNotContain("{");
                assertThat(ErrorMessages.message(error, Language.FR)).as("French message of %s", code).doesNotContain("{");
            }
        }
    }

    @Test
    void an_injected_error_names_the_resource_of_the_call() {
        FaultCall call = FaultCall.on(Operation.CustomerSubscriptions_Create, KEY);

        assertThat(InjectedErrors.of(ErrorCode.RegistrationNotFound, call))
                .isEqualTo(new TenantRegistrationError.RegistrationNotFound(KEY));
        assertThat(((ArmError.ResourceNotFound) InjectedErrors.of(ErrorCode.ResourceNotFound, call)).resourceId())
                .isEqualTo("/subscriptions/aaaaaaaa-0002-4000-8000-000000000001/resourceGroups/azurestack"
                        + "/providers/Microsoft.AzureStack/registrations/reg1");
    }

    @Test
    void throttling_answers_ask_to_retry_after_five_seconds() {
        FaultCall call = FaultCall.of(Operation.Usage_Push);

        assertThat(InjectedErrors.of(ErrorCode.ServiceUnavailable, call)).isEqualTo(new UsageApiError.ServiceUnavailable(5));
        assertThat(InjectedErrors.of(ErrorCode.TooManyRequests, call)).isEqualTo(new ArmError.TooManyRequests(5));
    }

    @Test
    void without_a_resource_the_placeholders_are_the_nil_guid() {
        DomainError error = InjectedErrors.of(ErrorCode.InvalidCustomerSubscriptionId, FaultCall.of(Operation.CustomerSubscriptions_Create));

        assertThat(error.arguments()).containsExactly("00000000-0000-0000-0000-000000000000");
    }
}
