package io.stackbridge.application.port.in.admin;

import io.stackbridge.domain.directory.DirectorySubscription;

/** Adds a subscription to the emulated directory, or changes it (offer, partner, tenant). */
public interface PutDirectorySubscriptionUseCase {

    DirectorySubscription put(DirectorySubscription subscription);
}
