package io.stackbridge.adapters.fakeazure.identity;

import io.stackbridge.adapters.fakeazure.Resettable;
import io.stackbridge.application.port.out.TokenSigningPort;
import io.stackbridge.domain.identity.AccessTokenClaims;
import io.stackbridge.domain.identity.TokenProblem;
import io.stackbridge.domain.registration.ActivationKey;
import io.stackbridge.domain.registration.ActivationKeyClaims;
import io.vavr.control.Either;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The signing key, remembering the access tokens whose form and signature it already checked: the
 * same token string read again gives the same claims without a second RS256 check and JSON parse.
 * Only the signature check is remembered; expiry, not-before and audience are the domain's rules,
 * applied to the claims on every use by the caller ({@code TokenValidity}), against the current
 * service clock. At most {@link #DEFAULT_CAPACITY} tokens are kept; when full, all are forgotten
 * (tokens are re-verified on their next use). One cache per key, so a new key starts empty.
 */
@Singleton
public final class CachingTokenSigning implements TokenSigningPort, Resettable {

    public static final int DEFAULT_CAPACITY = 1024;

    private final TokenSigningPort signing;
    private final int capacity;
    private final ConcurrentMap<String, AccessTokenClaims> verified = new ConcurrentHashMap<>();

    @Inject
    public CachingTokenSigning(RsaTokenSigning signing) {
        this(signing, DEFAULT_CAPACITY);
    }

    public CachingTokenSigning(TokenSigningPort signing, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity < 1: " + capacity);
        }
        this.signing = signing;
        this.capacity = capacity;
    }

    @Override
    public String signAccessToken(AccessTokenClaims claims) {
        return signing.signAccessToken(claims);
    }

    @Override
    public Either<TokenProblem, AccessTokenClaims> readAccessToken(String token) {
        AccessTokenClaims known = token == null ? null : verified.get(token);
        if (known != null) {
            return Either.right(known);
        }
        Either<TokenProblem, AccessTokenClaims> read = signing.readAccessToken(token);
        read.forEach(claims -> remember(token, claims));
        return read;
    }

    @Override
    public ActivationKey signActivationKey(ActivationKeyClaims claims) {
        return signing.signActivationKey(claims);
    }

    @Override
    public Either<TokenProblem, ActivationKeyClaims> readActivationKey(ActivationKey key) {
        return signing.readActivationKey(key);
    }

    @Override
    public String signDetached(byte[] content) {
        return signing.signDetached(content);
    }

    /** How many verified tokens it holds now (never more than its capacity). */
    public int size() {
        return verified.size();
    }

    /** Forgets every verified token. */
    @Override
    public void reset() {
        verified.clear();
    }

    private void remember(String token, AccessTokenClaims claims) {
        if (verified.size() >= capacity) {
            verified.clear();
        }
        verified.put(token, claims);
    }
}
