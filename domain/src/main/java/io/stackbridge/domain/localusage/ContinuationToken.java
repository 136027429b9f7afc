package io.stackbridge.domain.localusage;

import io.vavr.control.Option;
import io.vavr.control.Try;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The opaque bookmark of the next page: unpadded Base64url of {@code 1:<offset>:<fingerprint>},
 * where the fingerprint is {@link UsageQuery#fingerprint()} of the query it continues, so a token
 * replayed with another query is recognised and refused.
 */
public record ContinuationToken(int offset, String fingerprint) {

    public static final String PARAMETER = "continuationToken";
    private static final String VERSION = "1";
    private static final Pattern FORM = Pattern.compile("1:(\\d{1,9}):([0-9a-f]{16})");

    public ContinuationToken {
        Objects.requireNonNull(fingerprint, "fingerprint");
        if (offset < 0) {
            throw new IllegalArgumentException("negative offset " + offset);
        }
    }

    /** The token that continues {@code query} at {@code offset}. */
    public static ContinuationToken after(UsageQuery query, int offset) {
        return new ContinuationToken(offset, query.fingerprint());
    }

    /** Reads a token; anything that is not one of ours gives nothing. */
    public static Option<ContinuationToken> decode(String text) {
        return Try.of(() -> new String(Base64.getUrlDecoder().decode(text.trim()), StandardCharsets.UTF_8)).toOption()
                .map(FORM::matcher)
                .filter(Matcher::matches)
                .map(match -> new ContinuationToken(Integer.parseInt(match.group(1)), match.group(2)));
    }

    public String encode() {
        String plain = VERSION + ":" + offset + ":" + fingerprint;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** True when this token was issued for {@code query} (whatever its position). */
    public boolean continues(UsageQuery query) {
        return fingerprint.equals(query.fingerprint());
    }
}
