package io.stackbridge.adapters.http.server.support;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;

import java.time.Instant;
import java.util.Date;

/** Unsigned JWTs for the basic auth mode's tests. */
public final class Jwts {

    private Jwts() {
    }

    public static String unsigned(String audience, Instant expires) {
        return unsigned(audience, Instant.now().minusSeconds(60), expires);
    }

    public static String unsigned(String audience, Instant notBefore, Instant expires) {
        return new PlainJWT(new JWTClaimsSet.Builder().audience(audience).issuer("https://sts.example/")
                .notBeforeTime(Date.from(notBefore)).expirationTime(Date.from(expires)).build()).serialize();
    }
}
