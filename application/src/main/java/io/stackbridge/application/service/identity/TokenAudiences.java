package io.stackbridge.application.service.identity;

import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.error.IdentityError.InvalidScope;
import io.stackbridge.domain.identity.TokenValidity;
import io.stackbridge.domain.registration.AzureEndpoints;
import io.vavr.collection.List;
import io.vavr.control.Either;

import java.util.Locale;

/**
 * The resources this Azure issues tokens for: the usage service, and Resource Manager under its
 * public names and at this Azure's own management address.
 */
final class TokenAudiences {

    private static final List<String> OPENID_SCOPES = List.of("openid", "profile", "offline_access", "email");

    private final List<String> known;

    TokenAudiences(AzureEndpoints endpoints) {
        this.known = endpoints.managementAudiences().prepend(endpoints.usageResourceUri()).map(TokenAudiences::normalized);
    }

    /**
     * The audience a scope asks for, if it is one of ours. The OpenID scopes MSAL adds to every request
     * ({@code openid profile offline_access}) are set aside, as Entra ID does for client credentials.
     */
    Either<DomainError, String> of(String scope) {
        String resource = scope == null ? null
                : List.of(scope.trim().split("\\s+")).filter(asked -> !OPENID_SCOPES.contains(asked)).mkString(" ");
        String audience = TokenValidity.audienceOfScope(resource);
        return known.contains(normalized(audience))
                ? Either.right(audience)
                : Either.left(new InvalidScope(String.valueOf(scope)));
    }

    private static String normalized(String audience) {
        String lower = audience.trim().toLowerCase(Locale.ROOT);
        while (lower.endsWith("/")) {
            lower = lower.substring(0, lower.length() - 1);
        }
        return lower;
    }
}
