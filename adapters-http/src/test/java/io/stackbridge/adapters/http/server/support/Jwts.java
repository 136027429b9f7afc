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
        return new PlainJWT(new JWTClaimsSet.Builder().audience(audience).issuer("https://sts.example/")
                .notBeforeTime(Date.from(Instant.now().minusSeconds(60))).expirationTime(Date.from(expires)).build()).serialize();
    }
}
