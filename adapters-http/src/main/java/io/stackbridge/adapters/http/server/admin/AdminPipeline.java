package io.stackbridge.adapters.http.server.admin;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.stackbridge.adapters.http.server.EmulatorConfig;
import io.stackbridge.adapters.http.server.pipeline.Call;
import io.stackbridge.adapters.http.server.pipeline.Reply;
import io.stackbridge.adapters.http.server.pipeline.ContentTypes;
import io.stackbridge.adapters.http.server.pipeline.RequestTooLarge;
import io.stackbridge.adapters.http.server.pipeline.Responses;
import io.stackbridge.adapters.http.server.pipeline.Surface;
import io.stackbridge.adapters.http.server.portal.PortalRequests;
import io.stackbridge.domain.error.ArmError;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.text.Language;
import io.vavr.control.Either;
import jakarta.inject.Inject;

/**
 * Serves admin endpoints: first the {@link AdminGate} (unknown hosts over plain HTTP, other sites, the admin
 * key), before any body is read; then JSON in and out, bad input answered in the ARM envelope, nothing else.
 * A change (POST, PUT, DELETE) that names a content type must name JSON, body or not
 * ({@link ContentTypes#jsonOrNone}: the types a page of another site can send without the browser asking
 * first are refused); one without any passes, as {@code curl -X POST …/reset} sends it. The portal's API
 * asks for the JSON content type on every change ({@link PortalRequests}). The portal page's files pass the
 * gate's host rule through {@link #servePage}.
 */
public final class AdminPipeline {

    private final Responses responses;
    private final AdminGate gate;
    private final long maxBodyBytes;

    @Inject
    public AdminPipeline(Responses responses, AdminGate gate, EmulatorConfig config) {
        this.responses = responses;
        this.gate = gate;
        this.maxBodyBytes = config.maxBodyBytes();
    }

    public void serve(Context ctx, AdminRoute route) {
        Call call = new Call(ctx, Language.fromAcceptLanguage(ctx.header("Accept-Language")), maxBodyBytes);
        try {
            boolean changing = route.method() == HandlerType.PUT || route.method() == HandlerType.POST || route.method() == HandlerType.DELETE;
            Either<DomainError, Reply> result = gate.admit(ctx, route)
                    .flatMap(admitted -> changing ? ContentTypes.jsonOrNone(ctx) : Either.right(ctx))
                    .flatMap(checked -> PortalRequests.concerns(route) ? PortalRequests.check(ctx, route.method()) : Either.right(ctx))
                    .flatMap(checked -> route.action().handle(call));
            result.fold(error -> {
                responses.error(ctx, Surface.AZURE_STACK, error, call.language());
                return null;
            }, reply -> {
                responses.reply(ctx, reply);
                return null;
            });
        } catch (RequestTooLarge tooLarge) {
            responses.error(ctx, Surface.AZURE_STACK, new ArmError.RequestEntityTooLarge(tooLarge.limit()), call.language());
        }
    }

    /** Serves one of the portal page's files with {@code page} if the gate's host rule lets the request through. */
    public void servePage(Context ctx, Handler page) throws Exception {
        Either<DomainError, Context> admitted = gate.admitPage(ctx);
        if (admitted.isLeft()) {
            responses.error(ctx, Surface.AZURE_STACK, admitted.getLeft(), Language.fromAcceptLanguage(ctx.header("Accept-Language")));
            return;
        }
        page.handle(ctx);
    }
}
