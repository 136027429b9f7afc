package io.stackbridge.domain.identity;

import io.vavr.collection.List;
import io.vavr.control.Option;

import java.time.Instant;

/**
 * A client assertion as written (RFC 7523): the thumbprints its header names the signing
 * certificate by, and its claims. Read before the signature is checked, so nothing in it is trusted yet.
 */
public record ClientAssertion(Option<String> x5t, Option<String> x5tS256, String issuer, String subject, List<String> audience,
                              Option<Instant> notBefore, Instant expires, String jti) {

    /** The thumbprint to quote in a refusal: SHA-1 if given, else SHA-256. */
    public String thumbprint() {
        return x5t.orElse(x5tS256).getOrElse("");
    }
}
