package io.stackbridge.adapters.http.server.pipeline;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;

import java.util.regex.Pattern;

/**
 * Refuses a path with a segment that is an encoded {@code .} or {@code ..} ({@code %2e%2e}, {@code .%2E}):
 * Jetty lets the last segment of a path through as it is, and a route would read ".." as a name. A
 * plain {@code ..} never gets here: Jetty resolves it, or refuses it when it climbs above the root.
 */
public final class DotSegments {

    private static final Pattern ENCODED_DOTS = Pattern.compile("(?i)(?:^|/)(?=[^/]*%2e)(?:\\.|%2e){1,2}(?:;[^/]*)?(?:/|$)");

    private DotSegments() {
    }

    /** A before-handler: 400 (answered in the envelope by {@link ExceptionAnswers}) for such a path. */
    public static void refuse(Context ctx) {
        String path = ctx.path();
        if (path.indexOf('%') >= 0 && ENCODED_DOTS.matcher(path).find()) {
            throw new BadRequestResponse();
        }
    }
}
