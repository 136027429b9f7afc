package io.stackbridge.adapters.http.server.admin;

import io.javalin.http.Context;
import io.stackbridge.domain.error.ArmError;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.text.Excerpt;
import io.vavr.control.Either;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * The rule every admin call ({@code /_stackbridge/…}) obeys so that another site open in the same browser
 * cannot use the emulator: a request that its {@code Sec-Fetch-Site} or {@code Origin} header says comes
 * from another site is refused with {@code 403 AuthorizationFailed} (a hostile page could otherwise send a
 * bodyless {@code POST /_stackbridge/reset}). Clients outside a browser send neither header and pass.
 */
public final class CrossSiteRequests {

    private static final Set<String> OWN_SITE = Set.of("same-origin", "none");

    private CrossSiteRequests() {
    }

    /** The request if no header says it comes from another site, else the coded refusal. */
    public static Either<DomainError, Context> check(Context ctx) {
        String fetchSite = ctx.header("Sec-Fetch-Site");
        String origin = ctx.header("Origin");
        if (fetchSite != null && !OWN_SITE.contains(fetchSite.trim().toLowerCase(Locale.ROOT))
                || origin != null && !sameOrigin(origin, ctx.header("Host"))) {
            String from = origin != null ? origin : "Sec-Fetch-Site: " + fetchSite;
            return Either.left(new ArmError.AuthorizationFailed(Excerpt.of(from), Excerpt.of(ctx.method() + " " + ctx.path()), AdminRoute.PREFIX));
        }
        return Either.right(ctx);
    }

    /** Whether {@code origin} names the host and port the request was sent to (any scheme: the emulator serves both). */
    private static boolean sameOrigin(String origin, String host) {
        if (host == null) {
            return false;
        }
        try {
            URI parsed = new URI(origin.trim());
            String authority = parsed.getRawAuthority();
            return authority != null && authority.equalsIgnoreCase(host.trim());
        } catch (java.net.URISyntaxException notAnOrigin) {
            return false;
        }
    }
}
