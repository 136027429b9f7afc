package io.stackbridge.adapters.http.server.pipeline;

import io.javalin.http.Context;

/** The bearer token of a request's {@code Authorization} header, empty when there is none. */
public final class BearerToken {

    private static final String SCHEME = "bearer ";

    private BearerToken() {
    }

    public static String of(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null) {
            return "";
        }
        String trimmed = header.trim();
        return trimmed.regionMatches(true, 0, SCHEME, 0, SCHEME.length()) ? trimmed.substring(SCHEME.length()).trim() : "";
    }

    /** Whether an {@code Authorization} header was sent with another scheme (a malformed credential, not a missing one). */
    public static boolean otherScheme(Context ctx) {
        String header = ctx.header("Authorization");
        return header != null && !header.isBlank() && of(ctx).isEmpty();
    }
}
