package io.stackbridge.adapters.http.server.portal;

import io.javalin.http.HandlerType;
import io.stackbridge.adapters.http.server.admin.AdminRoute;
import io.stackbridge.adapters.http.server.pipeline.Call;
import io.stackbridge.adapters.http.server.pipeline.Reply;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.text.Language;
import io.vavr.Function2;
import io.vavr.collection.List;
import io.vavr.control.Either;

import java.util.Objects;

/** The portal's API for the labs, started, hinted, checked and reset from the page; {@code {name}} as {@code lab list} names it. */
public final class LabPortalRoutes {

    private static final String LAB = PortalPaths.API + "/labs/{name}";

    private final PortalLabs labs;

    public LabPortalRoutes(PortalLabs labs) {
        this.labs = Objects.requireNonNull(labs, "labs");
    }

    public List<AdminRoute> routes() {
        return List.of(
                AdminRoute.of(HandlerType.GET, PortalPaths.API + "/labs", call -> Either.right(Reply.ok(labs.list(call.language())))),
                AdminRoute.of(HandlerType.POST, LAB + "/start", call -> on(call, labs::start)),
                AdminRoute.of(HandlerType.POST, LAB + "/hints", call -> on(call, labs::hint)),
                AdminRoute.of(HandlerType.POST, LAB + "/check", call -> on(call, labs::check)),
                AdminRoute.of(HandlerType.POST, LAB + "/reset", call -> on(call, labs::reset)));
    }

    private static Either<DomainError, Reply> on(Call call, Function2<String, Language, Either<StampDenial, ?>> work) {
        return StampPortalRoutes.body(call).flatMap(ignored -> StampDenial.answer(work.apply(call.path("name"), call.language()),
                call.language(), Reply::ok));
    }
}
