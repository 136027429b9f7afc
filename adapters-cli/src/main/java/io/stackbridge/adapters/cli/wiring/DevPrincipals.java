package io.stackbridge.adapters.cli.wiring;

import io.stackbridge.adapters.cli.emulator.DevPrincipal;
import io.stackbridge.adapters.fakeazure.world.DefaultWorld;

/** The well-known world's bridge principal, as the CLI prints it and the JUnit extension signs in with it. */
final class DevPrincipals {

    static final DevPrincipal BRIDGE = new DevPrincipal(DefaultWorld.PARTNER_TENANT.value(), DefaultWorld.BRIDGE_CLIENT_ID.value(),
            DefaultWorld.BRIDGE_SECRET, DefaultWorld.BRIDGE_OBJECT_ID.value());

    private DevPrincipals() {
    }
}
