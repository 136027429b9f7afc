package io.stackbridge.application.port.in.linked;

import io.stackbridge.domain.arm.CreatedOrUpdated;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.linked.Actor;
import io.stackbridge.domain.linked.LinkedSubscription;
import io.stackbridge.domain.linked.LinkedSubscriptionKey;
import io.stackbridge.domain.registration.RegistrationKey;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.util.Objects;

/**
 * Links a subscription to the device of an existing registration (201), or replaces the link (200).
 * The subscription must have registered the provider and hold the resource group.
 */
public interface CreateOrUpdateLinkedSubscriptionUseCase {

    record Command(LinkedSubscriptionKey key, String location, SubscriptionId linkedSubscriptionId, RegistrationKey registration,
                   Actor caller, Option<String> ifMatch) {
        public Command {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(location, "location");
            Objects.requireNonNull(linkedSubscriptionId, "linkedSubscriptionId");
            Objects.requireNonNull(registration, "registration");
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(ifMatch, "ifMatch");
        }
    }

    Either<DomainError, CreatedOrUpdated<LinkedSubscription>> createOrUpdate(Command command);
}
