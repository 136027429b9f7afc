package io.stackbridge.adapters.http.server.pipeline;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.stackbridge.domain.text.Excerpt;
import io.stackbridge.domain.error.ArmError;
import io.stackbridge.domain.text.Language;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import jakarta.inject.Inject;

/** The answer for a served path called with another method: {@code MethodNotAllowed} (405) with {@code Allow}. */
public final class MethodNotAllowed {

    public static final List<HandlerType> METHODS = List.of(HandlerType.GET, HandlerType.HEAD, HandlerType.PUT, HandlerType.PATCH, HandlerType.DELETE,
            HandlerType.POST);

    private final Responses responses;

    @Inject
    public MethodNotAllowed(Responses responses) {
        this.responses = responses;
    }

    public void answer(Context ctx, Set<HandlerType> allowed) {
        String methods = METHODS.filter(allowed::contains).map(HandlerType::name).mkString(", ");
        responses.error(ctx, Surface.AZURE_STACK, new ArmError.MethodNotAllowed(ctx.method().name(), Excerpt.of(ctx.path()), methods),
                Language.fromAcceptLanguage(ctx.header("Accept-Language")));
    }
}
