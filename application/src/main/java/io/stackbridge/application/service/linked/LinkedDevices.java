package io.stackbridge.application.service.linked;

import io.stackbridge.application.port.out.RegistrationStorePort;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.error.RegistrationError.LinkedRegistrationNotFound;
import io.stackbridge.domain.linked.LinkedDevice;
import io.stackbridge.domain.linked.LinkedSubscription;
import io.stackbridge.domain.registration.RegistrationKey;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.time.Instant;

/**
 * The device a write links: read from the registration it names ({@code LinkedRegistrationNotFound}
 * when there is none); linked at the time of the write, unless the link already named the same registration.
 */
final class LinkedDevices {

    private final RegistrationStorePort registrations;

    LinkedDevices(RegistrationStorePort registrations) {
        this.registrations = registrations;
    }

    Either<DomainError, LinkedDevice> link(RegistrationKey registration, Option<LinkedSubscription> existing, Instant now) {
        Instant linkedAt = existing.filter(link -> link.registration().equals(registration))
                .map(link -> link.device().lastConnectedTime()).getOrElse(now);
        return registrations.find(registration)
                .<DomainError>toEither(() -> new LinkedRegistrationNotFound(registration))
                .map(found -> LinkedDevice.of(found, linkedAt));
    }
}
