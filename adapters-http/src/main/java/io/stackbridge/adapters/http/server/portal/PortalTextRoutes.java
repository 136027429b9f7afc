package io.stackbridge.adapters.http.server.portal;

import io.javalin.http.HandlerType;
import io.stackbridge.adapters.http.server.admin.AdminRoute;
import io.stackbridge.adapters.http.server.pipeline.Reply;
import io.vavr.collection.List;
import io.vavr.control.Either;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code GET /_stackbridge/portal/api/texts}: the page's sentences in the request's language ({@code Accept-Language}). */
public final class PortalTextRoutes {

    private PortalTextRoutes() {
    }

    public static List<AdminRoute> routes() {
        return List.of(AdminRoute.of(HandlerType.GET, PortalPaths.API + "/texts", call -> {
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("language", call.language().locale().getLanguage());
            answer.put("texts", PortalTexts.of(call.language()));
            return Either.right(Reply.ok(answer));
        }));
    }
}
