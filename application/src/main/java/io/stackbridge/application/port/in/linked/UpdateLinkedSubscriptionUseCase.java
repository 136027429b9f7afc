package io.stackbridge.application.port.in.linked;

import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.linked.Actor;
import io.stackbridge.domain.linked.LinkedSubscription;
import io.stackbridge.domain.linked.LinkedSubscriptionKey;
import io.stackbridge.domain.registration.RegistrationKey;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.util.Objects;

/** Changes what a PATCH gives of an existing linked subscription; the rest stays. */
public interface UpdateLinkedSubscriptionUseCase {

    record Command(LinkedSubscriptionKey key, Option<String> location, Option<SubscriptionId> linkedSubscriptionId,
                   Option<RegistrationKey> registration, Actor caller, Option<String> ifMatch) {
        public Command {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(location, "location");
            Objects.requireNonNull(linkedSubscriptionId, "linkedSubscriptionId");
            Objects.requireNonNull(registration, "registration");
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(ifMatch, "ifMatch");
        }
    }

    Either<DomainError, LinkedSubscription> update(Command command);
}
