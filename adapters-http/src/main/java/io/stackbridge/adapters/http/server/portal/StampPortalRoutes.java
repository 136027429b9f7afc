package io.stackbridge.adapters.http.server.portal;

import io.javalin.http.HandlerType;
import io.stackbridge.adapters.http.server.admin.AdminRoute;
import io.stackbridge.adapters.http.server.pipeline.Call;
import io.stackbridge.adapters.http.server.pipeline.JsonBody;
import io.stackbridge.adapters.http.server.pipeline.Reply;
import io.stackbridge.domain.error.DomainError;
import io.vavr.collection.List;
import io.vavr.control.Either;

import java.util.Objects;

/**
 * The portal's API for the stack side: Region management > Properties and the Azure Bridge tile
 * ({@code GET /stamp}), registering the stamp, starting a bridge run, the diagnosis. A POST's body,
 * if any, must be JSON; its content is not read.
 */
public final class StampPortalRoutes {

    private final PortalStamp stamp;

    public StampPortalRoutes(PortalStamp stamp) {
        this.stamp = Objects.requireNonNull(stamp, "stamp");
    }

    public List<AdminRoute> routes() {
        return List.of(
                AdminRoute.of(HandlerType.GET, PortalPaths.API + "/stamp", call -> Either.right(Reply.ok(stamp.show(call.language())))),
                AdminRoute.of(HandlerType.POST, PortalPaths.API + "/stamp/registration",
                        call -> body(call).flatMap(ignored -> StampDenial.answer(stamp.register(call.language()), call.language(), Reply::ok))),
                AdminRoute.of(HandlerType.POST, PortalPaths.API + "/stamp/bridge/runs",
                        call -> body(call).flatMap(ignored -> StampDenial.answer(stamp.runBridge(), call.language(),
                                started -> Reply.json(202, started)))),
                AdminRoute.of(HandlerType.POST, PortalPaths.API + "/stamp/diagnosis",
                        call -> body(call).flatMap(ignored -> StampDenial.answer(stamp.diagnose(call.language()), call.language(), Reply::ok))));
    }

    /** A body, when there is one, must be JSON; an absent one reads as {@code {}}. */
    static Either<DomainError, Object> body(Call call) {
        return JsonBody.optional(call).map(json -> json);
    }
}
