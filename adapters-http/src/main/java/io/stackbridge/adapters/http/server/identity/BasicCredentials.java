package io.stackbridge.adapters.http.server.identity;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.control.Option;
import io.vavr.control.Try;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/**
 * {@code client_secret_basic} (RFC 6749 §2.3.1): the client ID and secret in an {@code Authorization: Basic}
 * header, each form-encoded before the pair is Base64-encoded. A header that does not decode gives nothing.
 */
final class BasicCredentials {

    private static final String SCHEME = "basic ";

    private BasicCredentials() {
    }

    /** The client ID and secret the header carries. */
    static Option<Tuple2<String, String>> of(String authorization) {
        if (authorization == null || !authorization.toLowerCase(Locale.ROOT).startsWith(SCHEME)) {
            return Option.none();
        }
        return Try.of(() -> new String(Base64.getDecoder().decode(authorization.substring(SCHEME.length()).trim()), StandardCharsets.UTF_8))
                .toOption()
                .filter(pair -> pair.indexOf(':') > 0)
                .flatMap(pair -> Try.of(() -> Tuple.of(decode(pair.substring(0, pair.indexOf(':'))),
                        decode(pair.substring(pair.indexOf(':') + 1)))).toOption());
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
