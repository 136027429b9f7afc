package io.stackbridge.application.port.in.registration;

import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.registration.Registration;
import io.stackbridge.domain.registration.RegistrationKey;
import io.vavr.collection.Map;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.util.Objects;

/** Changes an existing registration (PATCH): its tags, and its token if one is given. */
public interface UpdateRegistrationUseCase {

    /** What to change; absent parts stay as they are. */
    record Command(RegistrationKey key, Option<String> registrationToken, Option<Map<String, String>> tags, Option<String> ifMatch) {
        public Command {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(registrationToken, "registrationToken");
            Objects.requireNonNull(tags, "tags");
            Objects.requireNonNull(ifMatch, "ifMatch");
        }
    }

    Either<DomainError, Registration> update(Command command);
}
