package io.stackbridge.application.service.identity;

import io.stackbridge.application.port.in.identity.IssueAccessTokenUseCase.ClientCredentialsGrant;
import io.stackbridge.application.port.out.ClientAssertionPort;
import io.stackbridge.domain.error.CredentialError.CertificateExpired;
import io.stackbridge.domain.error.CredentialError.ClientAssertionAudienceMismatch;
import io.stackbridge.domain.error.CredentialError.ClientAssertionExpired;
import io.stackbridge.domain.error.CredentialError.ClientAssertionReplayed;
import io.stackbridge.domain.error.CredentialError.ClientAssertionSubjectMismatch;
import io.stackbridge.domain.error.CredentialError.InvalidClientAssertion;
import io.stackbridge.domain.error.CredentialError.UnknownCertificate;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.error.IdentityError.InvalidClientSecret;
import io.stackbridge.domain.identity.ClientAssertion;
import io.stackbridge.domain.identity.ClientCertificate;
import io.stackbridge.domain.identity.ServicePrincipal;
import io.stackbridge.domain.registration.AzureEndpoints;
import io.vavr.collection.List;
import io.vavr.control.Either;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Checks the credential a principal presents: its secret, or a client assertion signed with its
 * certificate, in the order Entra ID reports problems: the assertion's form, its subject, the
 * certificate it names, that certificate's validity, the signature, the audience, the time, replay.
 */
final class ClientAuthentication {

    static final String JWT_BEARER = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
    static final Duration SKEW = Duration.ofMinutes(5);

    private final ClientAssertionPort assertions;
    private final AzureEndpoints endpoints;

    ClientAuthentication(ClientAssertionPort assertions, AzureEndpoints endpoints) {
        this.assertions = assertions;
        this.endpoints = endpoints;
    }

    Either<DomainError, ServicePrincipal> check(ServicePrincipal principal, ClientCredentialsGrant grant, Instant now) {
        if (grant.clientAssertion() == null) {
            return principal.secret().matches(grant.clientSecret())
                    ? Either.right(principal) : Either.left(new InvalidClientSecret(principal.clientId()));
        }
        if (!JWT_BEARER.equals(grant.clientAssertionType())) {
            return Either.left(new InvalidClientAssertion(principal.clientId()));
        }
        return assertions.read(grant.clientAssertion()).<DomainError>toEither(() -> new InvalidClientAssertion(principal.clientId()))
                .flatMap(assertion -> verified(principal, grant, assertion, now))
                .map(assertion -> principal);
    }

    private Either<DomainError, ClientAssertion> verified(ServicePrincipal principal, ClientCredentialsGrant grant,
                                                          ClientAssertion assertion, Instant now) {
        String client = principal.clientId().value();
        if (!client.equalsIgnoreCase(assertion.subject()) || !client.equalsIgnoreCase(assertion.issuer())) {
            return Either.left(new ClientAssertionSubjectMismatch(assertion.subject(), principal.clientId()));
        }
        Either<DomainError, ClientCertificate> certificate = principal.certificate()
                .filter(registered -> registered.named(assertion.x5t().getOrNull(), assertion.x5tS256().getOrNull()))
                .toEither(() -> new UnknownCertificate(assertion.thumbprint(), principal.clientId()));
        return certificate
                .filterOrElse(registered -> registered.validAt(now),
                        registered -> new CertificateExpired(registered.sha1Thumbprint(), registered.notAfter()))
                .filterOrElse(registered -> assertions.signedBy(grant.clientAssertion(), registered),
                        registered -> new InvalidClientAssertion(principal.clientId()))
                .map(registered -> assertion)
                .filterOrElse(claims -> claims.audience().exists(audience -> tokenEndpoints(grant.tenant()).contains(normalized(audience))),
                        claims -> new ClientAssertionAudienceMismatch(claims.audience().mkString(" "), tokenEndpoint(grant.tenant(), "v2.0/")))
                .filterOrElse(claims -> current(claims, now),
                        claims -> new ClientAssertionExpired(claims.notBefore().getOrElse(Instant.EPOCH), claims.expires()))
                .filterOrElse(claims -> assertions.firstUse(claims.jti(), claims.expires().plus(SKEW)),
                        claims -> new ClientAssertionReplayed(claims.jti()));
    }

    private static boolean current(ClientAssertion claims, Instant now) {
        return !now.isAfter(claims.expires().plus(SKEW)) && claims.notBefore().forAll(notBefore -> !now.isBefore(notBefore.minus(SKEW)));
    }

    /** The v2.0 and v1 token endpoints of the tenant in the request's path: what an assertion may be addressed to. */
    private List<String> tokenEndpoints(String tenant) {
        return List.of(tokenEndpoint(tenant, "v2.0/"), tokenEndpoint(tenant, "")).map(ClientAuthentication::normalized);
    }

    private String tokenEndpoint(String tenant, String version) {
        return endpoints.login() + "/" + tenant + "/oauth2/" + version + "token";
    }

    private static String normalized(String url) {
        String lower = url.trim().toLowerCase(Locale.ROOT);
        return lower.endsWith("/") ? lower.substring(0, lower.length() - 1) : lower;
    }
}
