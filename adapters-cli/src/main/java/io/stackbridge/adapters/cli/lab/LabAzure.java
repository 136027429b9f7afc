package io.stackbridge.adapters.cli.lab;

import io.stackbridge.application.port.out.CustomerSubscriptionPort;
import io.stackbridge.application.port.out.EmulatorAdminPort;
import io.stackbridge.application.port.out.RegistrationPort;

/**
 * The Azure side a lab reaches, as an operator's terminal does: the running emulator's controls (faults,
 * world, approvals, clock), and Resource Manager's registrations and customer subscriptions, signed in
 * as the well-known bridge principal.
 */
public interface LabAzure {

    EmulatorAdminPort admin();

    CustomerSubscriptionPort tenants();

    RegistrationPort registrations();
}
