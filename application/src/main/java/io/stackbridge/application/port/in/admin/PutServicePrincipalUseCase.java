package io.stackbridge.application.port.in.admin;

import io.stackbridge.domain.identity.ServicePrincipal;

/** Adds a service principal to the emulated Entra ID, or changes it (secret, enabled). */
public interface PutServicePrincipalUseCase {

    ServicePrincipal put(ServicePrincipal principal);
}
