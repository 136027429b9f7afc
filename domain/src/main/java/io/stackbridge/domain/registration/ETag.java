package io.stackbridge.domain.registration;

import java.util.Objects;
import java.util.UUID;

/**
 * An entity tag for optimistic concurrency. Opaque; every write produces a new one. Rendered with
 * its quotes, as ARM does ({@code "\"0e00ab2b-…\""}).
 */
public record ETag(String value) {

    public ETag {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("blank etag");
        }
    }

    /** A new quoted tag built from a fresh identifier. */
    public static ETag from(UUID seed) {
        return new ETag("\"" + seed + "\"");
    }

    /** Whether an {@code If-Match} value names this tag: {@code *}, or the same tag with or without quotes. */
    public boolean matches(String ifMatch) {
        if (ifMatch == null) {
            return false;
        }
        String wanted = ifMatch.trim();
        return wanted.equals("*") || unquoted(wanted).equals(unquoted(value));
    }

    private static String unquoted(String tag) {
        String withoutWeak = tag.startsWith("W/") ? tag.substring(2) : tag;
        return withoutWeak.length() >= 2 && withoutWeak.startsWith("\"") && withoutWeak.endsWith("\"")
                ? withoutWeak.substring(1, withoutWeak.length() - 1)
                : withoutWeak;
    }

    @Override
    public String toString() {
        return value;
    }
}
