package io.stackbridge.domain.error;

import io.stackbridge.domain.arm.ProviderRegistration;
import io.stackbridge.domain.arm.ResourceIds;
import io.stackbridge.domain.billing.BillingModel;
import io.stackbridge.domain.directory.OfferType;
import io.stackbridge.domain.id.ClientId;
import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.id.ObjectId;
import io.stackbridge.domain.id.RegistrationName;
import io.stackbridge.domain.id.ResourceGroupName;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.id.TenantId;
import io.stackbridge.domain.identity.TokenProblem;
import io.stackbridge.domain.registration.ActivationKeyClaims;
import io.stackbridge.domain.registration.RegistrationKey;
import io.stackbridge.domain.usage.BatchId;
import io.stackbridge.domain.validation.Rule;
import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.List;

import java.time.Duration;
import java.time.Instant;

/**
 * Builds an error of a given code from what is known about the call ({@link ErrorContext}): used
 * where only the code is at hand, such as a fault rule's answer or an ARM error envelope received
 * by a client. The switch lists every code, so the compiler refuses a new code that is not listed.
 */
public final class ErrorFactory {

    /** The nil GUID: well formed, and obviously nobody's. */
    public static final String NIL = "00000000-0000-0000-0000-000000000000";
    /** The unknown value, shown in the reader's language (see {@link io.stackbridge.domain.text.MessageBundle#UNKNOWN}). */
    public static final String UNKNOWN = io.stackbridge.domain.text.MessageBundle.UNKNOWN;
    public static final String API_VERSIONS = "2017-06-01, 2020-06-01-preview, 2022-06-01";
    public static final long DEFAULT_RETRY_AFTER_SECONDS = 5;

    private ErrorFactory() {
    }

    public static DomainError of(ErrorCode code, ErrorContext c) {
        String detail = c.detail().getOrElse(UNKNOWN);
        String endpoint = c.endpoint().getOrElse(UNKNOWN);
        long retryAfter = c.retryAfterSeconds().getOrElse(DEFAULT_RETRY_AFTER_SECONDS);
        RegistrationKey key = registration(c);
        String customer = c.customerSubscriptionId().getOrElse(NIL);
        SubscriptionId customerId = SubscriptionId.parse(customer).getOrElse(SubscriptionId.of(NIL));
        CloudId cloud = c.cloudId().getOrElse(CloudId.of(NIL));
        return switch (code) {
            case NetworkError -> new BridgeError.NetworkError(endpoint, detail);
            case RequestTimedOut -> new BridgeError.RequestTimedOut(endpoint, Duration.ofSeconds(30));
            case LoginError -> new BridgeError.LoginError(endpoint, detail);
            case CertificateValidationError -> new BridgeError.CertificateValidationError(endpoint, detail);
            case Unauthorized -> new BridgeError.Unauthorized(endpoint, detail);
            case RegistrationNotFound -> new TenantRegistrationError.RegistrationNotFound(key);
            case BadCustomerSubscriptionId -> new TenantRegistrationError.BadCustomerSubscriptionId(customerId, key);
            case InvalidCustomerSubscriptionId -> new TenantRegistrationError.InvalidCustomerSubscriptionId(customer);
            case CustomerSubscriptionNotFound -> new TenantRegistrationError.CustomerSubscriptionNotFound(customerId, key.name());
            case UnauthorizedCspRegistration -> new TenantRegistrationError.UnauthorizedCspRegistration(key);
            case CustomerSubscriptionsNotAllowed ->
                    new TenantRegistrationError.CustomerSubscriptionsNotAllowed(key.name(), billingModel(c));
            case InvalidCSPSubscription -> new TenantRegistrationError.InvalidCSPSubscription(customerId, offerType(c));
            case MetadataResolverBadGatewayError -> new TenantRegistrationError.MetadataResolverBadGatewayError(innermost(detail));
            case InvalidRegistrationToken -> new RegistrationError.InvalidRegistrationToken(List.of(problem(c, "registrationToken", detail)));
            case CloudIdUpdateNotAllowed -> new RegistrationError.CloudIdUpdateNotAllowed(key.name(), CloudId.of(NIL), cloud);
            case CloudIdAlreadyRegistered -> new RegistrationError.CloudIdAlreadyRegistered(cloud, key);
            case MarketplaceSyndicationDisabled -> new RegistrationError.MarketplaceSyndicationDisabled(key.name(), cloud);
            case LinkedRegistrationNotFound -> new RegistrationError.LinkedRegistrationNotFound(key);
            case ActivationKeyNotTrusted -> new StampError.ActivationKeyNotTrusted(TokenProblem.BAD_SIGNATURE);
            case ActivationKeyMismatch -> new StampError.ActivationKeyMismatch(CloudId.FIELD, cloud.value(), detail);
            case StampNotActivated -> new StampError.StampNotActivated(cloud);
            case NoApiVersion -> new UsageApiError.NoApiVersion();
            case InvalidProperty -> new UsageApiError.InvalidProperty(UNKNOWN, detail);
            case RequestEndTimeIsInFuture -> new UsageApiError.RequestEndTimeIsInFuture(ActivationKeyClaims.NEVER);
            case SubscriberIdIsNotDirectTenant -> new UsageApiError.SubscriberIdIsNotDirectTenant(customerId, key.subscriptionId());
            case SubscriptionIdMissingInRequest -> new UsageApiError.SubscriptionIdMissingInRequest();
            case InvalidAggregationGranularity -> new UsageApiError.InvalidAggregationGranularity(detail);
            case ServiceUnavailable -> new UsageApiError.ServiceUnavailable(retryAfter);
            case CloudNotRegistered -> new UsageServiceError.CloudNotRegistered(cloud);
            case RegistrationModified -> new UsageServiceError.RegistrationModified(cloud, ObjectId.of(NIL), ObjectId.of(NIL));
            case ClockSkewTooLarge -> new UsageServiceError.ClockSkewTooLarge(Instant.EPOCH, ActivationKeyClaims.NEVER);
            case BatchIdConflict -> new UsageServiceError.BatchIdConflict(c.batchId().getOrElse(BatchId.of(UNKNOWN)));
            case InvalidClientSecret -> new IdentityError.InvalidClientSecret(client(c));
            case UnknownClient -> new IdentityError.UnknownClient(c.clientId().getOrElse(NIL), tenant(c));
            case DisabledClient -> new IdentityError.DisabledClient(client(c));
            case UnknownTenant -> new IdentityError.UnknownTenant(c.tenant().getOrElse(NIL));
            case InvalidScope -> new IdentityError.InvalidScope(detail);
            case UnsupportedGrantType -> new IdentityError.UnsupportedGrantType(detail);
            case InvalidClientAssertion -> new CredentialError.InvalidClientAssertion(client(c));
            case UnknownCertificate -> new CredentialError.UnknownCertificate(detail, client(c));
            case CertificateExpired -> new CredentialError.CertificateExpired(detail, Instant.EPOCH);
            case ClientAssertionSubjectMismatch -> new CredentialError.ClientAssertionSubjectMismatch(detail, client(c));
            case ClientAssertionAudienceMismatch -> new CredentialError.ClientAssertionAudienceMismatch(detail, UNKNOWN);
            case ClientAssertionExpired -> new CredentialError.ClientAssertionExpired(Instant.EPOCH, Instant.EPOCH);
            case ClientAssertionReplayed -> new CredentialError.ClientAssertionReplayed(detail);
            case InvalidInstance -> new CredentialError.InvalidInstance(detail);
            case ResourceNotFound -> new ArmError.ResourceNotFound(resourceId(c, key));
            case ResourceGroupNotFound -> new ArmError.ResourceGroupNotFound(key.subscriptionId(), key.resourceGroup());
            case MissingApiVersionParameter -> new ArmError.MissingApiVersionParameter(API_VERSIONS);
            case InvalidApiVersionParameter -> new ArmError.InvalidApiVersionParameter(detail, API_VERSIONS);
            case InvalidSubscriptionId -> new ArmError.InvalidSubscriptionId(detail);
            case InvalidResourceGroupName -> new ArmError.InvalidResourceGroupName(detail, List.of(problem(c, "resourceGroupName", detail)));
            case InvalidResourceName -> new ArmError.InvalidResourceName(detail, List.of(problem(c, "registrationName", detail)));
            case InvalidRequestContent -> new ArmError.InvalidRequestContent(List.of(problem(c, "body", detail)));
            case UnsupportedMediaType -> new ArmError.UnsupportedMediaType(detail);
            case MissingSubscriptionRegistration ->
                    new ArmError.MissingSubscriptionRegistration(key.subscriptionId(), ProviderRegistration.AZURE_STACK);
            case PreconditionFailed -> new ArmError.PreconditionFailed(detail, UNKNOWN);
            case InvalidAuthenticationToken -> new ArmError.InvalidAuthenticationToken(TokenProblem.MALFORMED);
            case AuthorizationFailed -> new ArmError.AuthorizationFailed(UNKNOWN, detail, resourceId(c, key));
            case AdminKeyMissing -> new ArmError.AdminKeyMissing(ArmError.ADMIN_KEY_HEADER);
            case AdminKeyInvalid -> new ArmError.AdminKeyInvalid(ArmError.ADMIN_KEY_HEADER);
            case UnknownHost -> new ArmError.UnknownHost(detail);
            case TooManyRequests -> new ArmError.TooManyRequests(retryAfter);
            case RequestEntityTooLarge -> new ArmError.RequestEntityTooLarge(0);
            case RequestHeaderFieldsTooLarge -> new ArmError.RequestHeaderFieldsTooLarge(0);
            case MethodNotAllowed -> new ArmError.MethodNotAllowed(UNKNOWN, detail, UNKNOWN);
            case InternalServerError -> new ArmError.InternalServerError(detail);
        };
    }

    /** The billing model the answer's own words name (a client knows no other), Capacity when they name none. */
    private static BillingModel billingModel(ErrorContext c) {
        return c.detail().flatMap(detail -> List.of(BillingModel.values()).find(model -> detail.matches("(?s).*\\b" + model.name() + "\\b.*")))
                .getOrElse(BillingModel.Capacity);
    }

    /** The offer type the service's words name (it names the refused one), EA when they name none. */
    private static OfferType offerType(ErrorContext c) {
        return c.detail().flatMap(detail -> List.of(OfferType.values()).filter(offer -> !offer.name().equals("CSP"))
                        .find(offer -> detail.matches("(?s).*\\b" + offer.name() + "\\b.*")))
                .getOrElse(OfferType.EA);
    }

    /**
     * What the service said went wrong upstream: its sentence ends with that detail in brackets, which is what
     * this side's own sentence needs (the whole sentence would repeat itself).
     */
    private static String innermost(String detail) {
        java.util.regex.Matcher bracketed = java.util.regex.Pattern.compile("\\(([^()]*)\\)\\.?\\s*$").matcher(detail);
        return bracketed.find() ? bracketed.group(1) : detail;
    }

    private static RegistrationKey registration(ErrorContext c) {
        return new RegistrationKey(c.subscription().getOrElse(() -> SubscriptionId.of(NIL)),
                c.resourceGroup().getOrElse(() -> ResourceGroupName.of(UNKNOWN)),
                c.registration().getOrElse(() -> RegistrationName.of(UNKNOWN)));
    }

    /** The ARM ID of the most precise resource the context names. */
    private static String resourceId(ErrorContext c, RegistrationKey key) {
        if (c.registration().isDefined()) {
            return ResourceIds.registration(key);
        }
        if (c.resourceGroup().isDefined()) {
            return ResourceIds.resourceGroup(key.subscriptionId(), key.resourceGroup());
        }
        return "/subscriptions/" + key.subscriptionId();
    }

    private static ClientId client(ErrorContext c) {
        return c.clientId().flatMap(id -> ClientId.parse(id).toOption()).getOrElse(() -> ClientId.of(NIL));
    }

    private static TenantId tenant(ErrorContext c) {
        return c.tenant().flatMap(id -> TenantId.parse(id).toOption()).getOrElse(() -> TenantId.of(NIL));
    }

    /** A problem known only by the words of whoever reported it, on the field it named. */
    private static Violation problem(ErrorContext c, String field, String detail) {
        return Violation.of(c.target().getOrElse(field), detail, Rule.REPORTED);
    }
}
