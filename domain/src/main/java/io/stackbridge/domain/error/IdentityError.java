package io.stackbridge.domain.error;

import io.stackbridge.domain.id.ClientId;
import io.stackbridge.domain.id.TenantId;
import io.vavr.collection.List;
import io.vavr.control.Option;

/**
 * Why Entra ID refused a client-credentials sign-in. On the wire these become OAuth error bodies
 * ({@code invalid_client}, {@code unauthorized_client}, …); the bridge classifies any of them as
 * {@code LoginError}.
 */
public sealed interface IdentityError extends DomainError
        permits IdentityError.InvalidClientSecret, IdentityError.UnknownClient, IdentityError.DisabledClient,
        IdentityError.UnknownTenant, IdentityError.InvalidScope, IdentityError.UnsupportedGrantType, CredentialError {

    /** The client secret does not match the application's. */
    record InvalidClientSecret(ClientId clientId) implements IdentityError {
        public List<Object> arguments() {
            return List.of(clientId);
        }

        public Option<String> target() {
            return Option.some("client_secret");
        }
    }

    /** No application with this client ID exists in the tenant. */
    record UnknownClient(String clientId, TenantId tenantId) implements IdentityError {
        public List<Object> arguments() {
            return List.of(clientId, tenantId);
        }

        public Option<String> target() {
            return Option.some("client_id");
        }
    }

    /** The application exists but has been disabled. */
    record DisabledClient(ClientId clientId) implements IdentityError {
        public List<Object> arguments() {
            return List.of(clientId);
        }

        public Option<String> target() {
            return Option.some("client_id");
        }
    }

    /** The tenant in the token endpoint's path is not a known directory. */
    record UnknownTenant(String tenant) implements IdentityError {
        public List<Object> arguments() {
            return List.of(tenant);
        }

        public Option<String> target() {
            return Option.some("tenant");
        }
    }

    /** The requested scope does not name a resource this directory issues tokens for. */
    record InvalidScope(String scope) implements IdentityError {
        public List<Object> arguments() {
            return List.of(scope);
        }

        public Option<String> target() {
            return Option.some("scope");
        }
    }

    /** Only the client-credentials grant is served. */
    record UnsupportedGrantType(String grantType) implements IdentityError {
        public List<Object> arguments() {
            return List.of(grantType);
        }

        public Option<String> target() {
            return Option.some("grant_type");
        }
    }
}
