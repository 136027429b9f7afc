package io.stackbridge.application.service.identity;

import io.stackbridge.application.port.in.identity.DiscoverTenantUseCase;
import io.stackbridge.application.port.out.ServicePrincipalPort;
import io.stackbridge.domain.error.CredentialError.InvalidInstance;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.error.IdentityError.UnknownTenant;
import io.stackbridge.domain.id.TenantId;
import io.stackbridge.domain.registration.AzureEndpoints;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Try;

import java.net.URI;
import java.util.Locale;

/** Discovery over the directory's tenants and this Azure's own sign-in address. */
public final class DiscoverTenantService implements DiscoverTenantUseCase {

    private final ServicePrincipalPort principals;
    private final AzureEndpoints endpoints;

    public DiscoverTenantService(ServicePrincipalPort principals, AzureEndpoints endpoints) {
        this.principals = principals;
        this.endpoints = endpoints;
    }

    @Override
    public Either<DomainError, DiscoveredTenant> tenant(String tenant) {
        String asked = String.valueOf(tenant).toLowerCase(Locale.ROOT);
        if (ALIASES.contains(asked)) {
            return Either.right(new DiscoveredTenant(endpoints.login(), asked, TENANT_PLACEHOLDER));
        }
        return TenantId.parse(tenant).toOption().filter(principals::tenantExists)
                .<DomainError>toEither(() -> new UnknownTenant(String.valueOf(tenant)))
                .map(id -> new DiscoveredTenant(endpoints.login(), id.value(), id.value()));
    }

    @Override
    public Either<DomainError, DiscoveredInstance> instance(String authorizationEndpoint) {
        Option<URI> asked = Option.of(authorizationEndpoint).flatMap(text -> Try.of(() -> URI.create(text.trim())).toOption());
        String host = endpoints.login().getRawAuthority().toLowerCase(Locale.ROOT);
        return asked.filter(uri -> uri.getRawAuthority() != null && host.equals(uri.getRawAuthority().toLowerCase(Locale.ROOT)))
                .flatMap(DiscoverTenantService::firstSegment)
                .<DomainError>toEither(() -> new InvalidInstance(String.valueOf(authorizationEndpoint)))
                .map(tenant -> new DiscoveredInstance(endpoints.login(), host, tenant));
    }

    private static Option<String> firstSegment(URI uri) {
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        return Option.of(path.split("/")).filter(parts -> parts.length > 1 && !parts[1].isBlank()).map(parts -> parts[1]);
    }
}
