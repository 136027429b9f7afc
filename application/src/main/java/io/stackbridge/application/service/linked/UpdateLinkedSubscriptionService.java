package io.stackbridge.application.service.linked;

import io.stackbridge.application.port.in.linked.UpdateLinkedSubscriptionUseCase;
import io.stackbridge.application.port.out.ClockPort;
import io.stackbridge.application.port.out.LinkedSubscriptionStorePort;
import io.stackbridge.application.port.out.RegistrationStorePort;
import io.stackbridge.application.port.out.TransactionPort;
import io.stackbridge.application.service.ArmChecks;
import io.stackbridge.domain.arm.ResourceIds;
import io.stackbridge.domain.error.ArmError.ResourceNotFound;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.linked.LinkedSubscription;
import io.stackbridge.domain.registration.RegistrationKey;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.time.Instant;

/**
 * PATCH of a linked subscription: it must exist ({@code ResourceNotFound}); what the body gives
 * replaces what was there, the named registration must exist, and the caller becomes its last modifier.
 */
public final class UpdateLinkedSubscriptionService implements UpdateLinkedSubscriptionUseCase {

    private final LinkedSubscriptionStorePort store;
    private final LinkedDevices devices;
    private final ClockPort clock;
    private final TransactionPort transactions;

    public UpdateLinkedSubscriptionService(LinkedSubscriptionStorePort store, RegistrationStorePort registrations, ClockPort clock,
                                           TransactionPort transactions) {
        this.store = store;
        this.devices = new LinkedDevices(registrations);
        this.clock = clock;
        this.transactions = transactions;
    }

    @Override
    public Either<DomainError, LinkedSubscription> update(Command command) {
        return transactions.atomically(() -> store.find(command.key())
                .<DomainError>toEither(() -> new ResourceNotFound(ResourceIds.linkedSubscription(command.key())))
                .flatMap(existing -> ArmChecks.ifMatch(command.ifMatch(), Option.some(existing.etag()))
                        .flatMap(current -> write(existing, command))));
    }

    private Either<DomainError, LinkedSubscription> write(LinkedSubscription existing, Command command) {
        Instant now = clock.now();
        RegistrationKey registration = command.registration().getOrElse(existing.registration());
        return devices.link(registration, Option.some(existing), now).map(device -> {
            LinkedSubscription written = new LinkedSubscription(existing.key(), command.location().getOrElse(existing.location()),
                    command.linkedSubscriptionId().getOrElse(existing.linkedSubscriptionId()), registration, device,
                    existing.systemData().modifiedBy(command.caller(), now), ArmChecks.freshEtag());
            store.save(written);
            return written;
        });
    }
}
