package io.stackbridge.adapters.cli.stack;

import io.stackbridge.adapters.cli.emulator.DevPrincipal;

import java.util.Objects;

/**
 * What stack-side commands assume unless told otherwise: the well-known world's bridge principal and
 * registration subscription, and the stamp's default provider subscription (the usage APIs' caller).
 */
public record StackDefaults(DevPrincipal bridgePrincipal, String registrationSubscription, String providerSubscription) {

    public StackDefaults {
        Objects.requireNonNull(bridgePrincipal, "bridgePrincipal");
        Objects.requireNonNull(registrationSubscription, "registrationSubscription");
        Objects.requireNonNull(providerSubscription, "providerSubscription");
    }
}
