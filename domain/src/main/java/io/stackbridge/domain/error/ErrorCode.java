package io.stackbridge.domain.error;

import io.vavr.collection.List;
import io.vavr.control.Option;

import static io.stackbridge.domain.error.Category.ARM;
import static io.stackbridge.domain.error.Category.BRIDGE;
import static io.stackbridge.domain.error.Category.IDENTITY;
import static io.stackbridge.domain.error.Category.REGISTRATION;
import static io.stackbridge.domain.error.Category.STAMP;
import static io.stackbridge.domain.error.Category.TENANT_REGISTRATION;
import static io.stackbridge.domain.error.Category.USAGE_API;
import static io.stackbridge.domain.error.Category.USAGE_SERVICE;
import static io.stackbridge.domain.error.Recovery.OPERATOR_ACTION;
import static io.stackbridge.domain.error.Recovery.RETRY;

/**
 * The catalog: every code StackBridge can produce, spelled exactly as on the wire, with its
 * category, HTTP status (none for the bridge's own classifications), recovery and the names of
 * the values its message needs. Each constant has one {@link DomainError} record of the same name
 * and an {@code en} and {@code fr} message and remediation in {@code messages_*.properties}; the
 * catalog tests hold the three together.
 */
public enum ErrorCode {
    // The Azure Bridge (usage connectivity).
    NetworkError(BRIDGE, 0, RETRY, "endpoint", "cause"),
    RequestTimedOut(BRIDGE, 0, RETRY, "endpoint", "timeoutSeconds"),
    LoginError(BRIDGE, 0, OPERATOR_ACTION, "endpoint", "cause"),
    CertificateValidationError(BRIDGE, 0, OPERATOR_ACTION, "endpoint", "cause"),
    Unauthorized(BRIDGE, 0, OPERATOR_ACTION, "endpoint", "cause"),

    // Tenant (customer subscription) registration.
    RegistrationNotFound(TENANT_REGISTRATION, 404, OPERATOR_ACTION, "subscriptionId", "resourceGroup", "registrationName"),
    BadCustomerSubscriptionId(TENANT_REGISTRATION, 400, OPERATOR_ACTION, "customerSubscriptionId", "registrationName", "subscriptionId"),
    InvalidCustomerSubscriptionId(TENANT_REGISTRATION, 400, OPERATOR_ACTION, "customerSubscriptionId"),
    CustomerSubscriptionNotFound(TENANT_REGISTRATION, 404, OPERATOR_ACTION, "customerSubscriptionId", "registrationName"),
    UnauthorizedCspRegistration(TENANT_REGISTRATION, 403, OPERATOR_ACTION, "registrationName", "resourceGroup", "subscriptionId"),
    CustomerSubscriptionsNotAllowed(TENANT_REGISTRATION, 409, OPERATOR_ACTION, "registrationName", "billingModel"),
    InvalidCSPSubscription(TENANT_REGISTRATION, 400, OPERATOR_ACTION, "customerSubscriptionId", "offerType"),
    MetadataResolverBadGatewayError(TENANT_REGISTRATION, 502, RETRY, "upstreamDetail"),

    // Registration resources.
    InvalidRegistrationToken(REGISTRATION, 400, OPERATOR_ACTION, "problems"),
    CloudIdUpdateNotAllowed(REGISTRATION, 409, OPERATOR_ACTION, "registrationName", "boundCloudId", "requestedCloudId"),
    CloudIdAlreadyRegistered(REGISTRATION, 409, OPERATOR_ACTION, "cloudId", "registrationName", "subscriptionId", "resourceGroup"),
    MarketplaceSyndicationDisabled(REGISTRATION, 403, OPERATOR_ACTION, "registrationName", "cloudId"),
    LinkedRegistrationNotFound(REGISTRATION, 400, OPERATOR_ACTION, "registrationResourceId"),

    // The stamp: activation keys and its own registration state.
    ActivationKeyNotTrusted(STAMP, 400, OPERATOR_ACTION, "problem"),
    ActivationKeyMismatch(STAMP, 409, OPERATOR_ACTION, "field", "stampValue", "keyValue"),
    StampNotActivated(STAMP, 409, OPERATOR_ACTION, "cloudId"),

    // The stamp's usage APIs.
    NoApiVersion(USAGE_API, 400, OPERATOR_ACTION),
    InvalidProperty(USAGE_API, 400, OPERATOR_ACTION, "property", "value"),
    RequestEndTimeIsInFuture(USAGE_API, 400, OPERATOR_ACTION, "reportedEndTime"),
    SubscriberIdIsNotDirectTenant(USAGE_API, 400, OPERATOR_ACTION, "subscriberId", "providerSubscriptionId"),
    SubscriptionIdMissingInRequest(USAGE_API, 400, OPERATOR_ACTION),
    InvalidAggregationGranularity(USAGE_API, 400, OPERATOR_ACTION, "granularity"),
    ServiceUnavailable(USAGE_API, 503, RETRY, "retryAfterSeconds"),

    // The Azure usage service.
    CloudNotRegistered(USAGE_SERVICE, 401, OPERATOR_ACTION, "cloudId"),
    RegistrationModified(USAGE_SERVICE, 401, OPERATOR_ACTION, "cloudId", "registeredObjectId", "presentedObjectId"),
    ClockSkewTooLarge(USAGE_SERVICE, 401, OPERATOR_ACTION, "stampTime", "serviceTime"),
    BatchIdConflict(USAGE_SERVICE, 409, OPERATOR_ACTION, "batchId"),

    // Entra ID (client-credentials sign-in).
    InvalidClientSecret(IDENTITY, 401, OPERATOR_ACTION, "clientId"),
    UnknownClient(IDENTITY, 400, OPERATOR_ACTION, "clientId", "tenantId"),
    DisabledClient(IDENTITY, 400, OPERATOR_ACTION, "clientId"),
    UnknownTenant(IDENTITY, 400, OPERATOR_ACTION, "tenant"),
    InvalidScope(IDENTITY, 400, OPERATOR_ACTION, "scope"),
    UnsupportedGrantType(IDENTITY, 400, OPERATOR_ACTION, "grantType"),
    InvalidClientAssertion(IDENTITY, 401, OPERATOR_ACTION, "clientId"),
    UnknownCertificate(IDENTITY, 401, OPERATOR_ACTION, "thumbprint", "clientId"),
    CertificateExpired(IDENTITY, 401, OPERATOR_ACTION, "thumbprint", "notAfter"),
    ClientAssertionSubjectMismatch(IDENTITY, 401, OPERATOR_ACTION, "subject", "clientId"),
    ClientAssertionAudienceMismatch(IDENTITY, 401, OPERATOR_ACTION, "audience", "tokenEndpoint"),
    ClientAssertionExpired(IDENTITY, 401, OPERATOR_ACTION, "notBefore", "expires"),
    ClientAssertionReplayed(IDENTITY, 401, OPERATOR_ACTION, "jti"),
    InvalidInstance(IDENTITY, 400, OPERATOR_ACTION, "authorizationEndpoint"),

    // Azure Resource Manager conventions.
    ResourceNotFound(ARM, 404, OPERATOR_ACTION, "resourceId"),
    ResourceGroupNotFound(ARM, 404, OPERATOR_ACTION, "resourceGroup", "subscriptionId"),
    MissingApiVersionParameter(ARM, 400, OPERATOR_ACTION, "supportedVersions"),
    InvalidApiVersionParameter(ARM, 400, OPERATOR_ACTION, "apiVersion", "supportedVersions"),
    InvalidSubscriptionId(ARM, 400, OPERATOR_ACTION, "subscriptionId"),
    InvalidResourceGroupName(ARM, 400, OPERATOR_ACTION, "resourceGroup", "problems"),
    InvalidResourceName(ARM, 400, OPERATOR_ACTION, "name", "problems"),
    InvalidRequestContent(ARM, 400, OPERATOR_ACTION, "problems"),
    RequestEntityTooLarge(ARM, 413, OPERATOR_ACTION, "maxBytes"),
    RequestHeaderFieldsTooLarge(ARM, 431, OPERATOR_ACTION, "maxBytes"),
    MethodNotAllowed(ARM, 405, OPERATOR_ACTION, "method", "path", "allowed"),
    UnsupportedMediaType(ARM, 415, OPERATOR_ACTION, "contentType"),
    MissingSubscriptionRegistration(ARM, 409, OPERATOR_ACTION, "subscriptionId", "providerNamespace"),
    PreconditionFailed(ARM, 412, OPERATOR_ACTION, "ifMatch", "currentEtag"),
    InvalidAuthenticationToken(ARM, 401, OPERATOR_ACTION, "problem"),
    AuthorizationFailed(ARM, 403, OPERATOR_ACTION, "principal", "action", "scope"),
    AdminKeyMissing(ARM, 401, OPERATOR_ACTION, "header"),
    AdminKeyInvalid(ARM, 401, OPERATOR_ACTION, "header"),
    UnknownHost(ARM, 403, OPERATOR_ACTION, "host"),
    TooManyRequests(ARM, 429, RETRY, "retryAfterSeconds"),
    InternalServerError(ARM, 500, RETRY, "requestId");

    private final Category category;
    private final int httpStatus;
    private final Recovery recovery;
    private final List<String> placeholders;

    ErrorCode(Category category, int httpStatus, Recovery recovery, String... placeholders) {
        this.category = category;
        this.httpStatus = httpStatus;
        this.recovery = recovery;
        this.placeholders = List.of(placeholders);
    }

    public Category category() {
        return category;
    }

    /** The HTTP status an ARM-style service answers with; none for the bridge's own classifications. */
    public Option<Integer> httpStatus() {
        return httpStatus == 0 ? Option.none() : Option.some(httpStatus);
    }

    public Recovery recovery() {
        return recovery;
    }

    /** The names of the values the message and remediation need, in placeholder order ({0}, {1}, …). */
    public List<String> placeholders() {
        return placeholders;
    }

    public boolean retryable() {
        return recovery.retryable();
    }
}
