package io.stackbridge.adapters.fakeazure.world;

import io.stackbridge.application.port.out.ServicePrincipalPort;
import io.stackbridge.domain.id.ClientId;
import io.stackbridge.domain.id.TenantId;
import io.stackbridge.domain.identity.ServicePrincipal;
import io.vavr.control.Option;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/** Entra ID's directory, read from the current world: its tenants and service principals. */
@Singleton
public final class InMemoryServicePrincipals implements ServicePrincipalPort {

    private final CurrentWorld world;

    @Inject
    public InMemoryServicePrincipals(CurrentWorld world) {
        this.world = world;
    }

    @Override
    public boolean tenantExists(TenantId tenantId) {
        return world.knowsTenant(tenantId);
    }

    @Override
    public Option<ServicePrincipal> find(TenantId tenantId, ClientId clientId) {
        return world.principal(tenantId, clientId);
    }
}
