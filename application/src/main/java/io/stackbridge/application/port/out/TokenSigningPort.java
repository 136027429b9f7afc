package io.stackbridge.application.port.out;

import io.stackbridge.domain.identity.AccessTokenClaims;
import io.stackbridge.domain.identity.TokenProblem;
import io.stackbridge.domain.registration.ActivationKey;
import io.stackbridge.domain.registration.ActivationKeyClaims;
import io.vavr.control.Either;

/**
 * The issuing Azure's signing key: it signs access tokens and activation keys, and reads back
 * tokens it signed (checking form and signature only; time and audience are the domain's rules).
 * It also signs any content detached from it (cloud manifest files, deployment licenses), so that
 * whoever holds the content and the published key can check both.
 */
public interface TokenSigningPort {

    String signAccessToken(AccessTokenClaims claims);

    /** The claims of a token this Azure signed; MALFORMED or BAD_SIGNATURE otherwise. */
    Either<TokenProblem, AccessTokenClaims> readAccessToken(String token);

    ActivationKey signActivationKey(ActivationKeyClaims claims);

    /** The claims of an activation key this Azure signed; MALFORMED or BAD_SIGNATURE otherwise. */
    Either<TokenProblem, ActivationKeyClaims> readActivationKey(ActivationKey key);

    /**
     * A detached RS256 signature of {@code content} (RFC 7515 Appendix F): the compact JWS with its
     * payload part left empty, {@code <header>..<signature>}, the header naming the key ({@code kid})
     * as published. Whoever puts the content back in (Base64url) checks it with the published key.
     */
    String signDetached(byte[] content);
}
