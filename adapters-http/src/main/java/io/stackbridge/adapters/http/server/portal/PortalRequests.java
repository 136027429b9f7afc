package io.stackbridge.adapters.http.server.portal;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.stackbridge.adapters.http.server.admin.AdminRoute;
import io.stackbridge.adapters.http.server.admin.CrossSiteRequests;
import io.stackbridge.adapters.http.server.pipeline.ContentTypes;
import io.stackbridge.domain.error.ArmError;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.text.Excerpt;
import io.vavr.control.Either;

import java.util.Set;

/**
 * What the portal's API asks of a request beyond the admin rules (other sites are refused for every admin
 * call, see {@link CrossSiteRequests}): a POST, PUT or DELETE must say {@code Content-Type: application/json}
 * even without a body ({@code 415 UnsupportedMediaType}), which a page of another site cannot send without
 * the browser asking first. The rest of the admin API keeps accepting a bodyless POST without a content
 * type (what {@code curl -X POST …/reset} sends).
 */
public final class PortalRequests {

    private static final String PREFIX = AdminRoute.PREFIX + PortalPaths.API;
    private static final Set<HandlerType> CHANGING = Set.of(HandlerType.POST, HandlerType.PUT, HandlerType.DELETE);

    private PortalRequests() {
    }

    /** Whether the route is one of the portal's API. */
    public static boolean concerns(AdminRoute route) {
        return route.path().regionMatches(true, 0, PREFIX, 0, PREFIX.length());
    }

    /** The request if it may reach a portal route, else the coded refusal. */
    public static Either<DomainError, Context> check(Context ctx, HandlerType method) {
        String type = ctx.header("Content-Type");
        if (CHANGING.contains(method) && !ContentTypes.isJson(type)) {
            return Either.left(new ArmError.UnsupportedMediaType(Excerpt.of(type == null ? "" : type)));
        }
        return Either.right(ctx);
    }
}
