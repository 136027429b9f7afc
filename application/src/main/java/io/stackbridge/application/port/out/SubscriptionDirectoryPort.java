package io.stackbridge.application.port.out;

import io.stackbridge.domain.directory.DirectorySubscription;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.tenant.DirectoryUnavailable;
import io.vavr.control.Either;
import io.vavr.control.Option;

/** The subscription directory behind tenant onboarding (the metadata resolver). It can fail upstream. */
public interface SubscriptionDirectoryPort {

    /** What the directory knows of a subscription; none when unknown; a left when the directory fails. */
    Either<DirectoryUnavailable, Option<DirectorySubscription>> resolve(SubscriptionId subscriptionId);
}
