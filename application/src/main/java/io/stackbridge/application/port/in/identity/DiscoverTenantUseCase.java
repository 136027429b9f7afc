package io.stackbridge.application.port.in.identity;

import io.stackbridge.domain.error.DomainError;
import io.vavr.collection.List;
import io.vavr.control.Either;

import java.net.URI;

/**
 * What Microsoft's sign-in libraries read before they ask for a token: where a tenant signs in
 * (OpenID discovery) and which authorities a sign-in host serves (instance discovery).
 */
public interface DiscoverTenantUseCase {

    /** The names Entra ID accepts in a discovery path in place of a tenant ID. */
    List<String> ALIASES = List.of("common", "organizations");

    /** The placeholder an alias's issuer carries instead of a tenant ID, as Entra ID writes it. */
    String TENANT_PLACEHOLDER = "{tenantid}";

    /**
     * A tenant as discovery names it: the sign-in base address, the path segment its endpoints use
     * (the tenant ID, or the alias as asked) and the tenant its issuer names (the ID, or the placeholder).
     */
    record DiscoveredTenant(URI login, String pathTenant, String issuerTenant) {
    }

    /** A sign-in host's answer to instance discovery: its address and where the asked tenant's discovery document is. */
    record DiscoveredInstance(URI login, String host, String pathTenant) {
    }

    /** The tenant of a discovery path: a known directory or an alias; otherwise {@code UnknownTenant}. */
    Either<DomainError, DiscoveredTenant> tenant(String tenant);

    /** Instance discovery of an authorization endpoint on this host; another host is {@code InvalidInstance}. */
    Either<DomainError, DiscoveredInstance> instance(String authorizationEndpoint);
}
