package io.stackbridge.adapters.fakeazure.concurrency;

import io.stackbridge.application.port.out.CustomerSubscriptionPort;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.registration.RegistrationKey;
import io.stackbridge.domain.tenant.CustomerSubscription;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.CONTOSO_SUBSCRIPTION;
import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.CONTOSO_TENANT;
import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.FABRIKAM_SUBSCRIPTION;

/**
 * One thread's share of tenant churn: add contoso, move contoso's tenant to fabrikam, add fabrikam,
 * remove either; after each step it lists the mappings and notes any tenant with two subscriptions.
 */
final class MappingChurn {

    private final CustomerSubscriptionPort port;
    private final RegistrationKey registration;
    private final AtomicBoolean twoForATenant = new AtomicBoolean();
    private final ConcurrentLinkedQueue<DomainError> refusals = new ConcurrentLinkedQueue<>();

    MappingChurn(CustomerSubscriptionPort port, RegistrationKey registration) {
        this.port = port;
        this.registration = registration;
    }

    void step(int n) {
        Either<DomainError, ?> outcome = switch (n % 5) {
            case 0 -> port.add(registration, CONTOSO_SUBSCRIPTION.value(), Option.none());
            case 1 -> port.add(registration, FABRIKAM_SUBSCRIPTION.value(), Option.some(CONTOSO_TENANT));
            case 2 -> port.add(registration, FABRIKAM_SUBSCRIPTION.value(), Option.none());
            case 3 -> port.remove(registration, CONTOSO_SUBSCRIPTION.value());
            default -> port.remove(registration, FABRIKAM_SUBSCRIPTION.value());
        };
        outcome.orElseRun(refusals::add);
        Either<DomainError, List<CustomerSubscription>> listed = port.list(registration);
        listed.orElseRun(refusals::add);
        listed.forEach(mappings -> {
            if (mappings.map(CustomerSubscription::tenantId).distinct().size() != mappings.size()) {
                twoForATenant.set(true);
            }
        });
    }

    boolean sawTwoSubscriptionsForATenant() {
        return twoForATenant.get();
    }

    List<DomainError> refusals() {
        return List.ofAll(refusals);
    }
}
