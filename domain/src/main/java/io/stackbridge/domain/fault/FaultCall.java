package io.stackbridge.domain.fault;

import io.stackbridge.domain.error.ErrorContext;
import io.stackbridge.domain.id.RegistrationName;
import io.stackbridge.domain.id.ResourceGroupName;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.registration.RegistrationKey;
import io.vavr.control.Option;

import java.util.Objects;

/** One call as fault rules see it: the operation and, where it has them, the resource it is about. */
public record FaultCall(Operation operation, Option<SubscriptionId> subscription, Option<ResourceGroupName> resourceGroup,
                        Option<RegistrationName> registration) {

    public FaultCall {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(subscription, "subscription");
        Objects.requireNonNull(resourceGroup, "resourceGroup");
        Objects.requireNonNull(registration, "registration");
    }

    /** What an error built for this call can name: its subscription, resource group and registration. */
    public ErrorContext errorContext() {
        ErrorContext context = subscription.map(ErrorContext.EMPTY::subscription).getOrElse(ErrorContext.EMPTY);
        context = resourceGroup.map(context::resourceGroup).getOrElse(context);
        return registration.map(context::registration).getOrElse(context);
    }

    public static FaultCall of(Operation operation) {
        return new FaultCall(operation, Option.none(), Option.none(), Option.none());
    }

    public static FaultCall on(Operation operation, SubscriptionId subscription) {
        return new FaultCall(operation, Option.some(subscription), Option.none(), Option.none());
    }

    public static FaultCall on(Operation operation, RegistrationKey key) {
        return new FaultCall(operation, Option.some(key.subscriptionId()), Option.some(key.resourceGroup()), Option.some(key.name()));
    }
}
