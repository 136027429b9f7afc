package io.stackbridge.adapters.http.server.pipeline;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.stackbridge.adapters.http.wire.Excerpt;
import io.stackbridge.domain.error.ArmError;
import io.stackbridge.domain.text.Language;
import io.vavr.collection.List;
import io.vavr.collection.Set;

/**
 * The 405 answer for a served path called with another method: the ARM envelope (code
 * {@code ResourceNotFound} naming the method and path, until the catalog has a code for 405) and {@code Allow}.
 */
public final class MethodNotAllowed {

    public static final int STATUS = 405;
    public static final List<HandlerType> METHODS = List.of(HandlerType.GET, HandlerType.PUT, HandlerType.PATCH, HandlerType.DELETE,
            HandlerType.POST);

    private final Responses responses;

    public MethodNotAllowed(Responses responses) {
        this.responses = responses;
    }

    public void answer(Context ctx, Set<HandlerType> allowed) {
        ctx.header("Allow", METHODS.filter(allowed::contains).map(HandlerType::name).mkString(", "));
        responses.error(ctx, STATUS, new ArmError.ResourceNotFound(Excerpt.of(ctx.method().name() + " " + ctx.path())),
                Language.fromAcceptLanguage(ctx.header("Accept-Language")));
    }
}
