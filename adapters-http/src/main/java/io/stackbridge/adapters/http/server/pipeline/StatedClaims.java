package io.stackbridge.adapters.http.server.pipeline;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import io.vavr.collection.List;
import io.vavr.control.Option;

import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * What a bearer token says about itself (audiences, expiry, not-before), read without checking its
 * signature: strict mode checks that next, basic mode never does. Reading is a pure function of the
 * token string, so the answers for the last {@code capacity} well-formed tokens are remembered (all
 * forgotten when full); a malformed token is read again each time.
 */
final class StatedClaims {

    /** The claims the authenticator looks at. */
    record Claims(List<String> audiences, Option<Instant> expires, Option<Instant> notBefore) {
    }

    private final int capacity;
    private final ConcurrentMap<String, Claims> read = new ConcurrentHashMap<>();

    StatedClaims(int capacity) {
        this.capacity = capacity;
    }

    /** The token's claims, or none when it is no JWT with a claims set. */
    Option<Claims> of(String token) {
        Claims known = read.get(token);
        if (known != null) {
            return Option.some(known);
        }
        Option<Claims> parsed = parse(token);
        parsed.forEach(claims -> remember(token, claims));
        return parsed;
    }

    int size() {
        return read.size();
    }

    private void remember(String token, Claims claims) {
        if (read.size() >= capacity) {
            read.clear();
        }
        read.put(token, claims);
    }

    private static Option<Claims> parse(String token) {
        try {
            JWTClaimsSet claims = JWTParser.parse(token).getJWTClaimsSet();
            return Option.some(new Claims(List.ofAll(claims.getAudience()), instant(claims.getExpirationTime()),
                    instant(claims.getNotBeforeTime())));
        } catch (ParseException | RuntimeException malformed) {
            return Option.none();
        }
    }

    private static Option<Instant> instant(Date date) {
        return Option.of(date).map(Date::toInstant);
    }
}
