package io.stackbridge.application.port.in.registration;

import io.stackbridge.domain.arm.CreatedOrUpdated;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.registration.Registration;
import io.stackbridge.domain.registration.RegistrationKey;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.util.Objects;

/**
 * Creates a registration from a stamp's registration token, or re-creates it (same name, same cloud)
 * to change its billing model or features.
 */
public interface CreateOrUpdateRegistrationUseCase {

    /**
     * The token as the stamp produced it (Base64 JSON), the tags the resource should carry (a PUT
     * replaces them; none given means none), and an optional {@code If-Match}.
     */
    record Command(RegistrationKey key, String registrationToken, Map<String, String> tags, Option<String> ifMatch) {
        public Command {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(ifMatch, "ifMatch");
            registrationToken = registrationToken == null ? "" : registrationToken;
            tags = tags == null ? LinkedHashMap.empty() : tags;
        }

        public Command(RegistrationKey key, String registrationToken, Option<String> ifMatch) {
            this(key, registrationToken, LinkedHashMap.empty(), ifMatch);
        }
    }

    Either<DomainError, CreatedOrUpdated<Registration>> createOrUpdate(Command command);
}
