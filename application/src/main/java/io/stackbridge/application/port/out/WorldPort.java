package io.stackbridge.application.port.out;

import io.stackbridge.domain.directory.DirectorySubscription;
import io.stackbridge.domain.identity.ServicePrincipal;
import io.stackbridge.domain.world.World;

/** The emulated Azure's world: the subscriptions its directory knows and the principals that can sign in. */
public interface WorldPort {

    /** The world as it is now: the initial one plus what was put since the last reset. */
    World current();

    /** Adds a subscription to the directory, or changes the one with the same ID. */
    void putSubscription(DirectorySubscription subscription);

    /** Adds a service principal, or changes the one with the same tenant and client ID. */
    void putPrincipal(ServicePrincipal principal);
}
