package io.stackbridge.application.port.out;

import io.stackbridge.domain.id.ClientId;
import io.stackbridge.domain.id.TenantId;
import io.stackbridge.domain.identity.ServicePrincipal;
import io.vavr.control.Option;

/** Entra ID's directory of service principals. */
public interface ServicePrincipalPort {

    /** Whether the tenant is a directory Entra ID knows. */
    boolean tenantExists(TenantId tenantId);

    Option<ServicePrincipal> find(TenantId tenantId, ClientId clientId);
}
