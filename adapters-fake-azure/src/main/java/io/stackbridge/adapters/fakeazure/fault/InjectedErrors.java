package io.stackbridge.adapters.fakeazure.fault;

import io.stackbridge.domain.arm.ProviderRegistration;
import io.stackbridge.domain.billing.BillingModel;
import io.stackbridge.domain.directory.OfferType;
import io.stackbridge.domain.error.ArmError;
import io.stackbridge.domain.error.BridgeError;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.error.ErrorCode;
import io.stackbridge.domain.error.IdentityError;
import io.stackbridge.domain.error.RegistrationError;
import io.stackbridge.domain.error.TenantRegistrationError;
import io.stackbridge.domain.error.UsageApiError;
import io.stackbridge.domain.error.UsageServiceError;
import io.stackbridge.domain.fault.FaultCall;
import io.stackbridge.domain.identity.TokenProblem;
import io.stackbridge.domain.registration.ActivationKeyClaims;
import io.stackbridge.domain.usage.BatchId;
import io.stackbridge.domain.validation.Rule;
import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.List;

import java.time.Duration;
import java.time.Instant;

import static io.stackbridge.adapters.fakeazure.fault.InjectedValues.INJECTED;
import static io.stackbridge.adapters.fakeazure.fault.InjectedValues.NIL;
import static io.stackbridge.adapters.fakeazure.fault.InjectedValues.RETRY_AFTER_SECONDS;
import static io.stackbridge.adapters.fakeazure.fault.InjectedValues.SOURCE;

/**
 * Builds the error a ReturnError fault answers with: a {@link DomainError} of exactly the code
 * asked for, filled from the call where it names a resource and from placeholders otherwise.
 * The switch lists every code; the compiler refuses a new code that is not listed.
 */
public final class InjectedErrors {

    static final String API_VERSIONS = "2017-06-01, 2022-06-01";

    private InjectedErrors() {
    }

    public static DomainError of(ErrorCode code, FaultCall call) {
        InjectedValues v = new InjectedValues(call);
        return switch (code) {
            case NetworkError -> new BridgeError.NetworkError(SOURCE, INJECTED);
            case RequestTimedOut -> new BridgeError.RequestTimedOut(SOURCE, Duration.ofSeconds(30));
            case LoginError -> new BridgeError.LoginError(SOURCE, INJECTED);
            case CertificateValidationError -> new BridgeError.CertificateValidationError(SOURCE, INJECTED);
            case Unauthorized -> new BridgeError.Unauthorized(SOURCE, INJECTED);
            case RegistrationNotFound -> new TenantRegistrationError.RegistrationNotFound(v.registration());
            case BadCustomerSubscriptionId -> new TenantRegistrationError.BadCustomerSubscriptionId(v.nilSubscription(), v.registration());
            case InvalidCustomerSubscriptionId -> new TenantRegistrationError.InvalidCustomerSubscriptionId(NIL);
            case CustomerSubscriptionNotFound ->
                    new TenantRegistrationError.CustomerSubscriptionNotFound(v.nilSubscription(), v.registration().name());
            case UnauthorizedCspRegistration -> new TenantRegistrationError.UnauthorizedCspRegistration(v.registration());
            case CustomerSubscriptionsNotAllowed ->
                    new TenantRegistrationError.CustomerSubscriptionsNotAllowed(v.registration().name(), BillingModel.Capacity);
            case InvalidCSPSubscription -> new TenantRegistrationError.InvalidCSPSubscription(v.nilSubscription(), OfferType.EA);
            case MetadataResolverBadGatewayError -> new TenantRegistrationError.MetadataResolverBadGatewayError(INJECTED);
            case InvalidRegistrationToken -> new RegistrationError.InvalidRegistrationToken(List.of(malformed("registrationToken")));
            case CloudIdUpdateNotAllowed ->
                    new RegistrationError.CloudIdUpdateNotAllowed(v.registration().name(), v.nilCloud(), v.nilCloud());
            case CloudIdAlreadyRegistered -> new RegistrationError.CloudIdAlreadyRegistered(v.nilCloud(), v.registration().name());
            case NoApiVersion -> new UsageApiError.NoApiVersion();
            case InvalidProperty -> new UsageApiError.InvalidProperty(INJECTED, INJECTED);
            case RequestEndTimeIsInFuture -> new UsageApiError.RequestEndTimeIsInFuture(ActivationKeyClaims.NEVER);
            case SubscriberIdIsNotDirectTenant -> new UsageApiError.SubscriberIdIsNotDirectTenant(v.nilSubscription(), v.subscription());
            case SubscriptionIdMissingInRequest -> new UsageApiError.SubscriptionIdMissingInRequest();
            case InvalidAggregationGranularity -> new UsageApiError.InvalidAggregationGranularity(INJECTED);
            case ServiceUnavailable -> new UsageApiError.ServiceUnavailable(RETRY_AFTER_SECONDS);
            case CloudNotRegistered -> new UsageServiceError.CloudNotRegistered(v.nilCloud());
            case RegistrationModified -> new UsageServiceError.RegistrationModified(v.nilCloud(), v.nilObject(), v.nilObject());
            case ClockSkewTooLarge -> new UsageServiceError.ClockSkewTooLarge(Instant.EPOCH, ActivationKeyClaims.NEVER);
            case BatchIdConflict -> new UsageServiceError.BatchIdConflict(BatchId.of(INJECTED));
            case InvalidClientSecret -> new IdentityError.InvalidClientSecret(v.nilClient());
            case UnknownClient -> new IdentityError.UnknownClient(NIL, v.nilTenant());
            case DisabledClient -> new IdentityError.DisabledClient(v.nilClient());
            case UnknownTenant -> new IdentityError.UnknownTenant(NIL);
            case InvalidScope -> new IdentityError.InvalidScope(INJECTED);
            case UnsupportedGrantType -> new IdentityError.UnsupportedGrantType(INJECTED);
            case ResourceNotFound -> new ArmError.ResourceNotFound(v.resourceId());
            case ResourceGroupNotFound -> new ArmError.ResourceGroupNotFound(v.subscription(), v.resourceGroup());
            case MissingApiVersionParameter -> new ArmError.MissingApiVersionParameter(API_VERSIONS);
            case InvalidApiVersionParameter -> new ArmError.InvalidApiVersionParameter(INJECTED, API_VERSIONS);
            case InvalidSubscriptionId -> new ArmError.InvalidSubscriptionId(INJECTED);
            case InvalidResourceGroupName -> new ArmError.InvalidResourceGroupName(INJECTED, List.of(malformed("resourceGroupName")));
            case InvalidResourceName -> new ArmError.InvalidResourceName(INJECTED, List.of(malformed("registrationName")));
            case InvalidRequestContent -> new ArmError.InvalidRequestContent(List.of(malformed("body")));
            case UnsupportedMediaType -> new ArmError.UnsupportedMediaType(INJECTED);
            case MissingSubscriptionRegistration ->
                    new ArmError.MissingSubscriptionRegistration(v.subscription(), ProviderRegistration.AZURE_STACK);
            case PreconditionFailed -> new ArmError.PreconditionFailed(INJECTED, "\"" + NIL + "\"");
            case InvalidAuthenticationToken -> new ArmError.InvalidAuthenticationToken(TokenProblem.MALFORMED);
            case AuthorizationFailed -> new ArmError.AuthorizationFailed(INJECTED, call.operation().name(), v.resourceId());
            case TooManyRequests -> new ArmError.TooManyRequests(RETRY_AFTER_SECONDS);
        };
    }

    private static Violation malformed(String field) {
        return Violation.of(field, INJECTED, Rule.MALFORMED_DOCUMENT, "1", "1");
    }
}
