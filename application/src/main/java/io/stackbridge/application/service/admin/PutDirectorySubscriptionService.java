package io.stackbridge.application.service.admin;

import io.stackbridge.application.port.in.admin.PutDirectorySubscriptionUseCase;
import io.stackbridge.application.port.out.WorldPort;
import io.stackbridge.domain.directory.DirectorySubscription;

/** Puts a subscription into the emulated directory. */
public final class PutDirectorySubscriptionService implements PutDirectorySubscriptionUseCase {

    private final WorldPort world;

    public PutDirectorySubscriptionService(WorldPort world) {
        this.world = world;
    }

    @Override
    public DirectorySubscription put(DirectorySubscription subscription) {
        world.putSubscription(subscription);
        return subscription;
    }
}
