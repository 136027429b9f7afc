package io.stackbridge.application.service.linked;

import io.stackbridge.application.port.in.linked.CreateOrUpdateLinkedSubscriptionUseCase;
import io.stackbridge.application.port.out.ClockPort;
import io.stackbridge.application.port.out.LinkedSubscriptionStorePort;
import io.stackbridge.application.port.out.ProviderRegistrationPort;
import io.stackbridge.application.port.out.RegistrationStorePort;
import io.stackbridge.application.port.out.ResourceGroupStorePort;
import io.stackbridge.application.port.out.TransactionPort;
import io.stackbridge.application.service.ArmChecks;
import io.stackbridge.domain.arm.CreatedOrUpdated;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.linked.LinkedSubscription;
import io.stackbridge.domain.linked.LinkedSubscriptionKey;
import io.stackbridge.domain.linked.SystemData;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.time.Instant;

/**
 * PUT of a linked subscription: the provider registered, the resource group there, the named
 * registration there; then creates (201, {@code systemData} created now by the caller) or replaces
 * (200, created as before, modified now by the caller; the name keeps the casing it was created with)
 * the link, with a new etag.
 */
public final class CreateOrUpdateLinkedSubscriptionService implements CreateOrUpdateLinkedSubscriptionUseCase {

    private final LinkedSubscriptionStorePort store;
    private final ResourceGroupStorePort groups;
    private final ProviderRegistrationPort providers;
    private final LinkedDevices devices;
    private final ClockPort clock;
    private final TransactionPort transactions;

    public CreateOrUpdateLinkedSubscriptionService(LinkedSubscriptionStorePort store, RegistrationStorePort registrations,
                                                   ResourceGroupStorePort groups, ProviderRegistrationPort providers, ClockPort clock,
                                                   TransactionPort transactions) {
        this.store = store;
        this.groups = groups;
        this.providers = providers;
        this.devices = new LinkedDevices(registrations);
        this.clock = clock;
        this.transactions = transactions;
    }

    @Override
    public Either<DomainError, CreatedOrUpdated<LinkedSubscription>> createOrUpdate(Command command) {
        LinkedSubscriptionKey key = command.key();
        return ArmChecks.providerRegistered(providers, key.subscriptionId())
                .flatMap(subscription -> ArmChecks.resourceGroup(groups, subscription, key.resourceGroup()))
                .flatMap(group -> transactions.atomically(() -> write(command)));
    }

    private Either<DomainError, CreatedOrUpdated<LinkedSubscription>> write(Command command) {
        Option<LinkedSubscription> existing = store.find(command.key());
        Instant now = clock.now();
        return ArmChecks.ifMatch(command.ifMatch(), existing.map(LinkedSubscription::etag))
                .flatMap(current -> devices.link(command.registration(), existing, now))
                .map(device -> {
                    SystemData systemData = existing.map(link -> link.systemData().modifiedBy(command.caller(), now))
                            .getOrElse(() -> SystemData.createdBy(command.caller(), now));
                    LinkedSubscriptionKey key = existing.map(LinkedSubscription::key).getOrElse(command.key());
                    LinkedSubscription written = new LinkedSubscription(key, command.location(), command.linkedSubscriptionId(),
                            command.registration(), device, systemData, ArmChecks.freshEtag());
                    store.save(written);
                    return new CreatedOrUpdated<>(written, existing.isEmpty());
                });
    }
}
