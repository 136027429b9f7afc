package io.stackbridge.domain.error;

import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.id.RegistrationName;
import io.stackbridge.domain.id.ResourceGroupName;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.usage.BatchId;
import io.vavr.control.Option;

/**
 * What is known about a failed call when only its error code is: the resource it named and a few
 * facts from the answer. {@link ErrorFactory} fills an error's values from it, using well-formed
 * placeholders for what is unknown.
 */
public record ErrorContext(
        Option<SubscriptionId> subscription,
        Option<ResourceGroupName> resourceGroup,
        Option<RegistrationName> registration,
        Option<String> customerSubscriptionId,
        Option<CloudId> cloudId,
        Option<BatchId> batchId,
        Option<String> clientId,
        Option<String> tenant,
        Option<String> endpoint,
        Option<String> detail,
        Option<String> target,
        Option<Long> retryAfterSeconds) {

    public static final ErrorContext EMPTY = new ErrorContext(Option.none(), Option.none(), Option.none(), Option.none(),
            Option.none(), Option.none(), Option.none(), Option.none(), Option.none(), Option.none(), Option.none(), Option.none());

    public ErrorContext subscription(SubscriptionId value) {
        return new ErrorContext(Option.some(value), resourceGroup, registration, customerSubscriptionId, cloudId, batchId, clientId,
                tenant, endpoint, detail, target, retryAfterSeconds);
    }

    public ErrorContext resourceGroup(ResourceGroupName value) {
        return new ErrorContext(subscription, Option.some(value), registration, customerSubscriptionId, cloudId, batchId, clientId,
                tenant, endpoint, detail, target, retryAfterSeconds);
    }

    public ErrorContext registration(RegistrationName value) {
        return new ErrorContext(subscription, resourceGroup, Option.some(value), customerSubscriptionId, cloudId, batchId, clientId,
                tenant, endpoint, detail, target, retryAfterSeconds);
    }

    public ErrorContext customerSubscriptionId(String value) {
        return new ErrorContext(subscription, resourceGroup, registration, Option.some(value), cloudId, batchId, clientId, tenant,
                endpoint, detail, target, retryAfterSeconds);
    }

    public ErrorContext cloudId(CloudId value) {
        return new ErrorContext(subscription, resourceGroup, registration, customerSubscriptionId, Option.some(value), batchId,
                clientId, tenant, endpoint, detail, target, retryAfterSeconds);
    }

    public ErrorContext batchId(BatchId value) {
        return new ErrorContext(subscription, resourceGroup, registration, customerSubscriptionId, cloudId, Option.some(value),
                clientId, tenant, endpoint, detail, target, retryAfterSeconds);
    }

    public ErrorContext client(String value, String tenantName) {
        return new ErrorContext(subscription, resourceGroup, registration, customerSubscriptionId, cloudId, batchId,
                Option.of(value), Option.of(tenantName), endpoint, detail, target, retryAfterSeconds);
    }

    public ErrorContext endpoint(String value) {
        return new ErrorContext(subscription, resourceGroup, registration, customerSubscriptionId, cloudId, batchId, clientId, tenant,
                Option.of(value), detail, target, retryAfterSeconds);
    }

    public ErrorContext detail(String value) {
        return new ErrorContext(subscription, resourceGroup, registration, customerSubscriptionId, cloudId, batchId, clientId, tenant,
                endpoint, Option.of(value), target, retryAfterSeconds);
    }

    /** The field the answer named as the error's target (the first problem's field). */
    public ErrorContext target(String value) {
        return new ErrorContext(subscription, resourceGroup, registration, customerSubscriptionId, cloudId, batchId, clientId, tenant,
                endpoint, detail, Option.of(value), retryAfterSeconds);
    }

    public ErrorContext retryAfterSeconds(long value) {
        return new ErrorContext(subscription, resourceGroup, registration, customerSubscriptionId, cloudId, batchId, clientId, tenant,
                endpoint, detail, target, Option.some(value));
    }
}
