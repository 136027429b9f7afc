package io.stackbridge.domain.tenant;

import io.stackbridge.domain.directory.DirectorySubscription;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.registration.Registration;
import io.stackbridge.domain.registration.RegistrationKey;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * What the onboarding policy needs to know about the world, asked for only when a rule needs it:
 * a check that fails early never causes a later lookup.
 */
public interface OnboardingFacts {

    Option<Registration> registration(RegistrationKey key);

    /** Whether Microsoft (in StackBridge: an administrator) approved the registration for multi-tenancy. */
    boolean approvedForMultiTenancy(RegistrationKey key);

    /** The directory's entry for a subscription: unknown is {@code none}; a failing directory is a left. */
    Either<DirectoryUnavailable, Option<DirectorySubscription>> lookUp(SubscriptionId subscriptionId);
}
