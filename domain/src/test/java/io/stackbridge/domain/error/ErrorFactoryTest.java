package io.stackbridge.domain.error;

import io.stackbridge.domain.id.RegistrationName;
import io.stackbridge.domain.id.ResourceGroupName;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.text.Language;
import io.stackbridge.domain.usage.BatchId;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.Arrays;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorFactoryTest {

    private static final ErrorContext REGISTRATION = ErrorContext.EMPTY
            .subscription(SubscriptionId.of("dd8597b4-8739-4467-8b10-f8679f62bfbf"))
            .resourceGroup(ResourceGroupName.of("azurestack"))
            .registration(RegistrationName.of("reg"));

    @TestFactory
    Stream<DynamicTest> every_code_can_be_built_with_or_without_context_and_told_in_both_languages() {
        return Arrays.stream(ErrorCode.values()).flatMap(code -> Stream.of(ErrorContext.EMPTY, REGISTRATION)
                .map(context -> DynamicTest.dynamicTest(code + (context == ErrorContext.EMPTY ? " bare" : " named"), () -> {
                    DomainError error = ErrorFactory.of(code, context);
                    assertThat(error.code()).isEqualTo(code);
                    for (Language language : Language.values()) {
                        assertThat(ErrorMessages.describe(error, language).message()).isNotBlank();
                    }
                })));
    }

    @Test
    void the_resource_named_by_the_context_is_used() {
        DomainError error = ErrorFactory.of(ErrorCode.RegistrationNotFound, REGISTRATION);

        assertThat(ErrorMessages.message(error, Language.EN)).contains("dd8597b4-8739-4467-8b10-f8679f62bfbf", "azurestack", "reg");
        assertThat(ErrorFactory.of(ErrorCode.ResourceNotFound, REGISTRATION).arguments().head().toString())
                .endsWith("/providers/Microsoft.AzureStack/registrations/reg");
    }

    @Test
    void a_refused_tenant_names_the_billing_model_the_answer_named_not_a_guess() {
        ErrorContext answer = REGISTRATION.detail("Registration reg uses the Development billing model, which takes no customer subscriptions.");

        DomainError error = ErrorFactory.of(ErrorCode.CustomerSubscriptionsNotAllowed, answer);

        assertThat(error).isEqualTo(new TenantRegistrationError.CustomerSubscriptionsNotAllowed(RegistrationName.of("reg"),
                io.stackbridge.domain.billing.BillingModel.Development));
        assertThat(((TenantRegistrationError.CustomerSubscriptionsNotAllowed) ErrorFactory.of(ErrorCode.CustomerSubscriptionsNotAllowed,
                ErrorContext.EMPTY)).billingModel()).isEqualTo(io.stackbridge.domain.billing.BillingModel.Capacity);
    }

    @Test
    void a_refused_offer_and_an_upstream_failure_keep_what_the_answer_said() {
        DomainError offer = ErrorFactory.of(ErrorCode.InvalidCSPSubscription,
                ErrorContext.EMPTY.detail("Subscription 11111111-0000-4000-8000-000000000001 has offer type PAYG, not CSP."));
        DomainError upstream = ErrorFactory.of(ErrorCode.MetadataResolverBadGatewayError, ErrorContext.EMPTY.detail(
                "A service behind the registration provider failed while looking up subscription details (directory-down: timeout)."));

        assertThat(((TenantRegistrationError.InvalidCSPSubscription) offer).offer()).isEqualTo(io.stackbridge.domain.directory.OfferType.PAYG);
        assertThat(upstream).isEqualTo(new TenantRegistrationError.MetadataResolverBadGatewayError("directory-down: timeout"));
    }

    @Test
    void answer_facts_fill_their_values() {
        ErrorContext answer = ErrorContext.EMPTY.retryAfterSeconds(42).batchId(BatchId.of("b-1")).detail("from the server");

        assertThat(ErrorFactory.of(ErrorCode.ServiceUnavailable, answer).arguments()).containsExactly(42L);
        assertThat(ErrorFactory.of(ErrorCode.BatchIdConflict, answer).arguments().head().toString()).isEqualTo("b-1");
        assertThat(ErrorFactory.of(ErrorCode.MetadataResolverBadGatewayError, answer).arguments()).containsExactly("from the server");
    }

    @Test
    void a_named_target_becomes_the_field_of_the_rebuilt_problem() {
        DomainError error = ErrorFactory.of(ErrorCode.InvalidRegistrationToken,
                ErrorContext.EMPTY.target("agreementNumber").detail("agreementNumber is required by the Capacity billing model"));

        assertThat(error.target()).contains("agreementNumber");
        assertThat(ErrorMessages.message(error, Language.EN)).contains("agreementNumber was refused: agreementNumber is required");
    }
}
