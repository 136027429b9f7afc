package io.stackbridge.domain.tenant;

import io.stackbridge.domain.directory.DirectorySubscription;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.registration.Registration;
import io.stackbridge.domain.registration.RegistrationKey;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Onboarding facts held in plain maps, counting the lookups so tests can check that rules ask lazily. */
final class StubFacts implements OnboardingFacts {

    final Map<RegistrationKey, Registration> registrations = new HashMap<>();
    final Set<RegistrationKey> approved = new HashSet<>();
    final Map<SubscriptionId, DirectorySubscription> directory = new HashMap<>();
    boolean directoryDown;
    int registrationLookups;
    int directoryLookups;

    StubFacts register(Registration registration, boolean approvedForMultiTenancy) {
        registrations.put(registration.key(), registration);
        if (approvedForMultiTenancy) {
            approved.add(registration.key());
        }
        return this;
    }

    StubFacts know(DirectorySubscription subscription) {
        directory.put(subscription.id(), subscription);
        return this;
    }

    @Override
    public Option<Registration> registration(RegistrationKey key) {
        registrationLookups++;
        return Option.of(registrations.get(key));
    }

    @Override
    public boolean approvedForMultiTenancy(RegistrationKey key) {
        return approved.contains(key);
    }

    @Override
    public Either<DirectoryUnavailable, Option<DirectorySubscription>> lookUp(SubscriptionId subscriptionId) {
        directoryLookups++;
        return directoryDown
                ? Either.left(new DirectoryUnavailable("directory answered 500"))
                : Either.right(Option.of(directory.get(subscriptionId)));
    }
}
