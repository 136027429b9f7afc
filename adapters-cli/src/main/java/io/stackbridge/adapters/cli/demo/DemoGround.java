package io.stackbridge.adapters.cli.demo;

import io.stackbridge.adapters.cli.emulator.Emulator;
import io.stackbridge.application.port.out.CustomerSubscriptionPort;

/**
 * What the demo needs from the composition root besides emulators and stamps: the well-known world it
 * plays in, and a CSP operator's door to the customer subscriptions of an emulator over HTTPS, so that
 * the tenant codes are met exactly as a client meets them.
 */
public interface DemoGround {

    /** The customer subscriptions of {@code emulator}'s registrations, over HTTPS, signed in as the bridge principal. */
    CustomerSubscriptionPort customerSubscriptions(Emulator emulator);

    /** The fault rules of {@code emulator}, switched through its admin API. */
    FaultSwitch faults(Emulator emulator);

    DemoCast cast();
}
