package io.stackbridge.application.service.identity;

import io.stackbridge.application.port.in.identity.IssueAccessTokenUseCase;
import io.stackbridge.application.port.out.ClientAssertionPort;
import io.stackbridge.application.port.out.ClockPort;
import io.stackbridge.application.port.out.ServicePrincipalPort;
import io.stackbridge.application.port.out.TokenSigningPort;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.error.IdentityError.DisabledClient;
import io.stackbridge.domain.error.IdentityError.UnknownClient;
import io.stackbridge.domain.error.IdentityError.UnknownTenant;
import io.stackbridge.domain.error.IdentityError.UnsupportedGrantType;
import io.stackbridge.domain.id.ClientId;
import io.stackbridge.domain.id.TenantId;
import io.stackbridge.domain.identity.AccessTokenClaims;
import io.stackbridge.domain.identity.ServicePrincipal;
import io.stackbridge.domain.registration.AzureEndpoints;
import io.vavr.control.Either;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Issues an access token to a service principal presenting its client credentials, checked in the
 * order Entra ID reports problems: grant type, tenant, client, enabled, secret or client assertion, then scope.
 */
public final class IssueAccessTokenService implements IssueAccessTokenUseCase {

    public static final String CLIENT_CREDENTIALS = "client_credentials";
    public static final Duration LIFETIME = Duration.ofHours(1);

    private final ServicePrincipalPort principals;
    private final TokenSigningPort signing;
    private final ClockPort clock;
    private final AzureEndpoints endpoints;
    private final TokenAudiences audiences;
    private final ClientAuthentication authentication;

    public IssueAccessTokenService(ServicePrincipalPort principals, TokenSigningPort signing, ClockPort clock,
                                   AzureEndpoints endpoints, ClientAssertionPort assertions) {
        this.principals = principals;
        this.signing = signing;
        this.clock = clock;
        this.endpoints = endpoints;
        this.audiences = new TokenAudiences(endpoints);
        this.authentication = new ClientAuthentication(assertions, endpoints);
    }

    @Override
    public Either<DomainError, IssuedToken> issue(ClientCredentialsGrant grant) {
        if (!CLIENT_CREDENTIALS.equals(grant.grantType())) {
            return Either.left(new UnsupportedGrantType(String.valueOf(grant.grantType())));
        }
        return TenantId.parse(grant.tenant()).toEither().<DomainError>mapLeft(problems -> new UnknownTenant(grant.tenant()))
                .filterOrElse(principals::tenantExists, tenant -> new UnknownTenant(grant.tenant()))
                .flatMap(tenant -> principal(tenant, grant))
                .flatMap(principal -> audiences.of(grant.scope()).map(audience -> sign(principal, audience)));
    }

    private Either<DomainError, ServicePrincipal> principal(TenantId tenant, ClientCredentialsGrant grant) {
        return ClientId.parse(grant.clientId()).toOption()
                .flatMap(clientId -> principals.find(tenant, clientId))
                .<DomainError>toEither(() -> new UnknownClient(String.valueOf(grant.clientId()), tenant))
                .filterOrElse(ServicePrincipal::enabled, principal -> new DisabledClient(principal.clientId()))
                .flatMap(principal -> authentication.check(principal, grant, clock.now()));
    }

    /** JWT times are whole seconds, so the token's {@code exp} and the reported expiry agree exactly. */
    private IssuedToken sign(ServicePrincipal principal, String audience) {
        Instant now = clock.now().truncatedTo(ChronoUnit.SECONDS);
        Instant expires = now.plus(LIFETIME);
        String issuer = endpoints.login() + "/" + principal.tenantId() + "/v2.0";
        AccessTokenClaims claims = new AccessTokenClaims(audience, issuer, now, expires, principal.clientId(),
                principal.tenantId(), principal.objectId());
        return new IssuedToken(signing.signAccessToken(claims), expires, LIFETIME.toSeconds());
    }
}
