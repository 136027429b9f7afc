package io.stackbridge.adapters.http.server.portal;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.stackbridge.adapters.http.server.admin.AdminRoute;
import io.stackbridge.adapters.http.server.pipeline.ContentTypes;
import io.stackbridge.domain.error.ArmError;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.text.Excerpt;
import io.vavr.control.Either;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * What the portal's API asks of a request beyond the admin rules, so that another site open in the same
 * browser cannot change anything: a request that its {@code Sec-Fetch-Site} or {@code Origin} header
 * says comes from another site is refused with {@code 403 AuthorizationFailed}; a POST, PUT or DELETE
 * must say {@code Content-Type: application/json} even without a body ({@code 415 UnsupportedMediaType}),
 * which a page of another site cannot send without the browser asking first. Clients outside a browser
 * send neither header and pass.
 */
public final class PortalRequests {

    private static final String PREFIX = AdminRoute.PREFIX + PortalPaths.API;
    private static final Set<String> OWN_SITE = Set.of("same-origin", "none");
    private static final Set<HandlerType> CHANGING = Set.of(HandlerType.POST, HandlerType.PUT, HandlerType.DELETE);

    private PortalRequests() {
    }

    /** Whether the route is one of the portal's API. */
    public static boolean concerns(AdminRoute route) {
        return route.path().regionMatches(true, 0, PREFIX, 0, PREFIX.length());
    }

    /** The request if it may reach a portal route, else the coded refusal. */
    public static Either<DomainError, Context> check(Context ctx, HandlerType method) {
        String fetchSite = ctx.header("Sec-Fetch-Site");
        String origin = ctx.header("Origin");
        if (fetchSite != null && !OWN_SITE.contains(fetchSite.trim().toLowerCase(Locale.ROOT))
                || origin != null && !sameOrigin(origin, ctx.header("Host"))) {
            String from = origin != null ? origin : "Sec-Fetch-Site: " + fetchSite;
            return Either.left(new ArmError.AuthorizationFailed(Excerpt.of(from), method + " " + ctx.path(), PortalPaths.PAGE));
        }
        String type = ctx.header("Content-Type");
        if (CHANGING.contains(method) && !ContentTypes.isJson(type)) {
            return Either.left(new ArmError.UnsupportedMediaType(Excerpt.of(type == null ? "" : type)));
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
