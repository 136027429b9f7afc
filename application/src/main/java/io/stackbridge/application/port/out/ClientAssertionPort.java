package io.stackbridge.application.port.out;

import io.stackbridge.domain.identity.ClientAssertion;
import io.stackbridge.domain.identity.ClientCertificate;
import io.vavr.control.Option;

import java.time.Instant;

/** Reads and checks the JWTs applications present as certificate credentials, and remembers which were used. */
public interface ClientAssertionPort {

    /** The assertion's header thumbprints and claims, unverified; none when it is not a signed JWT with iss, sub, aud, exp and jti. */
    Option<ClientAssertion> read(String assertion);

    /** Whether the assertion is signed (RS256 or PS256) with the key of {@code certificate}. */
    boolean signedBy(String assertion, ClientCertificate certificate);

    /** Records {@code jti} until {@code expires}; false when it was already recorded (a replay). */
    boolean firstUse(String jti, Instant expires);
}
