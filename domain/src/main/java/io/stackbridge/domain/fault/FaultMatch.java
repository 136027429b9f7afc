package io.stackbridge.domain.fault;

import io.stackbridge.domain.id.RegistrationName;
import io.stackbridge.domain.id.SubscriptionId;
import io.vavr.control.Option;

import java.util.Objects;

/** Which calls a fault rule applies to: an operation (any when absent), optionally narrowed to a subscription or registration. */
public record FaultMatch(Option<Operation> operation, Option<SubscriptionId> subscription, Option<RegistrationName> registration) {

    public static final FaultMatch ANY = new FaultMatch(Option.none(), Option.none(), Option.none());

    public FaultMatch {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(subscription, "subscription");
        Objects.requireNonNull(registration, "registration");
    }

    public static FaultMatch operation(Operation operation) {
        return new FaultMatch(Option.some(operation), Option.none(), Option.none());
    }

    public boolean matches(FaultCall call) {
        return operation.forAll(wanted -> wanted == call.operation())
                && subscription.forAll(wanted -> call.subscription().contains(wanted))
                && registration.forAll(wanted -> call.registration().contains(wanted));
    }
}
