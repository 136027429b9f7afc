package io.stackbridge.domain.error;

import io.stackbridge.domain.id.ClientId;
import io.vavr.collection.List;
import io.vavr.control.Option;

import java.time.Instant;

/**
 * Why Entra ID refused a certificate credential (a {@code client_assertion}), or an instance
 * discovery request. On the wire these are OAuth error bodies with Microsoft's AADSTS numbers; the
 * bridge classifies any of them as {@code LoginError}, like every other identity refusal.
 */
public sealed interface CredentialError extends IdentityError {

    /** The assertion is not a JWT signed with the registered certificate's key (or is not a JWT at all). */
    record InvalidClientAssertion(ClientId clientId) implements CredentialError {
        public List<Object> arguments() {
            return List.of(clientId);
        }

        public Option<String> target() {
            return Option.some("client_assertion");
        }
    }

    /** The assertion names (by thumbprint) a certificate the application does not have. */
    record UnknownCertificate(String thumbprint, ClientId clientId) implements CredentialError {
        public List<Object> arguments() {
            return List.of(thumbprint, clientId);
        }

        public Option<String> target() {
            return Option.some("client_assertion");
        }
    }

    /** The certificate the assertion was signed with is outside its validity period. */
    record CertificateExpired(String thumbprint, Instant notAfter) implements CredentialError {
        public List<Object> arguments() {
            return List.of(thumbprint, notAfter);
        }
    }

    /** The assertion's issuer or subject is not the client ID of the request. */
    record ClientAssertionSubjectMismatch(String subject, ClientId clientId) implements CredentialError {
        public List<Object> arguments() {
            return List.of(subject, clientId);
        }
    }

    /** The assertion is addressed to someone other than this token endpoint. */
    record ClientAssertionAudienceMismatch(String audience, String tokenEndpoint) implements CredentialError {
        public List<Object> arguments() {
            return List.of(audience, tokenEndpoint);
        }
    }

    /** The assertion is not yet valid, or no longer is. */
    record ClientAssertionExpired(Instant notBefore, Instant expires) implements CredentialError {
        public List<Object> arguments() {
            return List.of(notBefore, expires);
        }
    }

    /** An assertion with this {@code jti} has already been used. */
    record ClientAssertionReplayed(String jti) implements CredentialError {
        public List<Object> arguments() {
            return List.of(jti);
        }
    }

    /** Instance discovery was asked about an authority this directory does not serve. */
    record InvalidInstance(String authorizationEndpoint) implements CredentialError {
        public List<Object> arguments() {
            return List.of(authorizationEndpoint);
        }

        public Option<String> target() {
            return Option.some("authorization_endpoint");
        }
    }
}
