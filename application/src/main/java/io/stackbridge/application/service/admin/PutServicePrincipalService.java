package io.stackbridge.application.service.admin;

import io.stackbridge.application.port.in.admin.PutServicePrincipalUseCase;
import io.stackbridge.application.port.out.WorldPort;
import io.stackbridge.domain.identity.ServicePrincipal;

/** Puts a service principal into the emulated Entra ID. */
public final class PutServicePrincipalService implements PutServicePrincipalUseCase {

    private final WorldPort world;

    public PutServicePrincipalService(WorldPort world) {
        this.world = world;
    }

    @Override
    public ServicePrincipal put(ServicePrincipal principal) {
        world.putPrincipal(principal);
        return principal;
    }
}
