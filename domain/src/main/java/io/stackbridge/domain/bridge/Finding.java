package io.stackbridge.domain.bridge;

import io.stackbridge.domain.text.Localizable;
import io.vavr.collection.List;

import java.util.Objects;

/**
 * What a diagnostic step found when it passed, as a value told in the reader's language
 * ({@code finding.<KIND>} in the bundles) rather than an English line: the addresses a name resolves
 * to, the peer a connection reached, the TLS session, the token's expiry, the clock offset…
 */
public record Finding(Kind kind, List<Object> values) implements Localizable {

    /** The kinds of finding, each with the values its sentence needs. */
    public enum Kind {
        /** The name resolves: the addresses found. */
        RESOLVED,
        /** A connection opened: the peer's address. */
        CONNECTED,
        /** The endpoint is not HTTPS, so there is no handshake: its scheme. */
        PLAIN,
        /** The handshake trusted the chain: the protocol and the peer's certificate subject. */
        TRUSTED,
        /** In process there is no network to check. */
        NO_NETWORK,
        /** The usage service refused the empty batch as it should: the code it answered with. */
        ANSWERED,
        /** The usage service accepted the probe: its HTTP status. */
        HTTP_STATUS,
        /** A token was issued: when it expires. */
        TOKEN_EXPIRES,
        /** The stamp's clock is within the allowed skew: its offset in seconds (positive: ahead). */
        CLOCK_OFFSET,
        /** The token does not say when it was issued, so the clock cannot be compared. */
        NO_ISSUE_TIME,
        /** The registration is there for this cloud and principal: the cloud ID and object ID. */
        REGISTRATION_FOUND
    }

    public Finding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(values, "values");
    }

    public static Finding of(Kind kind, Object... values) {
        return new Finding(kind, List.of(values));
    }

    @Override
    public String messageKey() {
        return "finding." + kind.name();
    }

    @Override
    public List<Object> messageArguments() {
        return values;
    }
}
