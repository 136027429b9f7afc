package io.stackbridge.adapters.cli.azure;

import io.stackbridge.application.port.out.CustomerSubscriptionPort;
import io.stackbridge.application.port.out.EmulatorAdminPort;
import io.stackbridge.application.port.out.RegistrationPort;

import java.util.Objects;

/**
 * What the terminal reaches of an emulated Azure: its controls, and Resource Manager's registrations
 * and customer subscriptions as the emulator's well-known development principal sees them.
 */
public record AzureSide(EmulatorAdminPort admin, RegistrationPort registrations, CustomerSubscriptionPort customerSubscriptions) {

    public AzureSide {
        Objects.requireNonNull(admin, "admin");
        Objects.requireNonNull(registrations, "registrations");
        Objects.requireNonNull(customerSubscriptions, "customerSubscriptions");
    }
}
