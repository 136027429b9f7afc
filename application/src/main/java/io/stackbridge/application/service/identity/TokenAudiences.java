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

    private final List<String> known;

    TokenAudiences(AzureEndpoints endpoints) {
        this.known = endpoints.managementAudiences().prepend(endpoints.usageResourceUri()).map(TokenAudiences::normalized);
    }

    /** The audience a scope asks for, if it is one of ours. */
    Either<DomainError, String> of(String scope) {
        String audience = TokenValidity.audienceOfScope(scope);
        return known.contains(normalized(audience))
                ? Either.right(audience)
                : Either.left(new InvalidScope(String.valueOf(scope)));
    }

    private static String normalized(String audience) {
        String lower = audience.trim().toLowerCase(Locale.ROOT);
        return lower.endsWith("/") ? lower.substring(0, lower.length() - 1) : lower;
    }
}
