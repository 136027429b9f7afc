package io.stackbridge.domain.error;

import io.stackbridge.domain.text.Language;
import io.stackbridge.domain.text.MessageBundle;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorCatalogTest {

    private static final Map<Class<?>, Category> CATEGORIES = Map.of(
            BridgeError.class, Category.BRIDGE,
            TenantRegistrationError.class, Category.TENANT_REGISTRATION,
            RegistrationError.class, Category.REGISTRATION,
            StampError.class, Category.STAMP,
            UsageApiError.class, Category.USAGE_API,
            UsageServiceError.class, Category.USAGE_SERVICE,
            IdentityError.class, Category.IDENTITY,
            ArmError.class, Category.ARM);

    @Test
    void the_documented_codes_are_all_in_the_catalog() {
        List<String> documented = List.of(
                "NetworkError", "RequestTimedOut", "LoginError", "CertificateValidationError", "Unauthorized",
                "RegistrationNotFound", "BadCustomerSubscriptionId", "InvalidCustomerSubscriptionId", "CustomerSubscriptionNotFound",
                "UnauthorizedCspRegistration", "CustomerSubscriptionsNotAllowed", "InvalidCSPSubscription",
                "MetadataResolverBadGatewayError",
                "InvalidRegistrationToken", "CloudIdUpdateNotAllowed", "CloudIdAlreadyRegistered",
                "NoApiVersion", "InvalidProperty", "RequestEndTimeIsInFuture", "SubscriberIdIsNotDirectTenant",
                "SubscriptionIdMissingInRequest", "InvalidAggregationGranularity", "ServiceUnavailable",
                "ResourceNotFound", "MissingApiVersionParameter", "InvalidApiVersionParameter", "PreconditionFailed",
                "InvalidAuthenticationToken", "AuthorizationFailed", "TooManyRequests");

        assertThat(List.of(ErrorCode.values()).map(Enum::name)).containsAll(documented);
    }

    @Test
    void every_code_has_exactly_one_error_record_of_the_same_name_and_no_record_lacks_a_code() {
        List<String> recordNames = ErrorHierarchy.leaves().map(Class::getSimpleName);

        assertThat(recordNames).doesNotHaveDuplicates();
        assertThat(recordNames).containsExactlyInAnyOrderElementsOf(List.of(ErrorCode.values()).map(Enum::name));
        assertThat(ErrorHierarchy.leaves()).allMatch(Class::isRecord);
    }

    @TestFactory
    Stream<DynamicTest> each_record_reports_its_code_in_the_category_that_declares_it() {
        return ErrorHierarchy.leaves().toJavaStream().map(type -> DynamicTest.dynamicTest(type.getSimpleName(), () -> {
            DomainError sample = ErrorSamples.of(type);
            assertThat(sample.code().name()).isEqualTo(type.getSimpleName());
            assertThat(sample.code().category()).isEqualTo(CATEGORIES.get(ErrorHierarchy.categoryOf(type)));
            assertThat(sample.arguments()).as("one value per placeholder name").hasSameSizeAs(sample.code().placeholders());
        }));
    }

    @TestFactory
    Stream<DynamicTest> each_code_has_an_english_and_a_different_french_message_and_remediation() {
        return List.of(ErrorCode.values()).toJavaStream().map(code -> DynamicTest.dynamicTest(code.name(), () -> {
            for (String key : List.of(ErrorMessages.messageKey(code), ErrorMessages.remediationKey(code))) {
                String english = MessageBundle.pattern(Language.EN, key).getOrElse("");
                String french = MessageBundle.pattern(Language.FR, key).getOrElse("");
                assertThat(english).as("en " + key).isNotBlank();
                assertThat(french).as("fr " + key).isNotBlank().isNotEqualTo(english);
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> each_error_shows_every_value_it_carries_in_both_languages() {
        return ErrorHierarchy.leaves().toJavaStream().map(type -> DynamicTest.dynamicTest(type.getSimpleName(), () -> {
            DomainError error = ErrorSamples.of(type);
            for (Language language : Language.values()) {
                LocalizedText text = ErrorMessages.describe(error, language);
                String both = text.message() + "\n" + text.remediation();
                assertThat(both).as("%s %s: unfilled placeholder", type.getSimpleName(), language).doesNotContainPattern("\\{\\d");
                for (Object value : error.arguments()) {
                    assertThat(both).as("%s %s shows %s", type.getSimpleName(), language, value)
                            .contains(MessageBundle.show(language, value));
                }
            }
        }));
    }

    @Test
    void a_registration_not_found_message_names_the_subscription_resource_group_and_registration_given() {
        var key = io.stackbridge.domain.registration.RegistrationKey.of(
                "dd8597b4-8739-4467-8b10-f8679f62bfbf", "AzureStack", "MyRegistration");

        String english = ErrorMessages.message(new TenantRegistrationError.RegistrationNotFound(key), Language.EN);
        String french = ErrorMessages.message(new TenantRegistrationError.RegistrationNotFound(key), Language.FR);

        assertThat(english).contains("dd8597b4-8739-4467-8b10-f8679f62bfbf", "AzureStack", "MyRegistration");
        assertThat(french).contains("dd8597b4-8739-4467-8b10-f8679f62bfbf", "AzureStack", "MyRegistration").isNotEqualTo(english);
    }

    @Test
    void only_transient_codes_are_retryable() {
        assertThat(List.of(ErrorCode.values()).filter(ErrorCode::retryable).map(Enum::name)).containsExactlyInAnyOrder(
                "NetworkError", "RequestTimedOut", "MetadataResolverBadGatewayError", "ServiceUnavailable", "TooManyRequests",
                "InternalServerError");
    }

    @Test
    void bridge_codes_have_no_http_status_and_every_other_code_has_one() {
        assertThat(List.of(ErrorCode.values()).filter(code -> code.httpStatus().isEmpty()).map(ErrorCode::category))
                .containsOnly(Category.BRIDGE).hasSize(5);
    }

    @Test
    void placeholder_names_are_unique_within_a_code() {
        assertThat(List.of(ErrorCode.values())).allMatch(code -> HashSet.ofAll(code.placeholders()).size() == code.placeholders().size());
    }
}
