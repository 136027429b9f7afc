package io.stackbridge.adapters.http.server.admin;

import io.javalin.http.HandlerType;
import io.stackbridge.adapters.http.server.pipeline.Call;
import io.stackbridge.adapters.http.server.pipeline.JsonBody;
import io.stackbridge.adapters.http.server.pipeline.Reply;
import io.stackbridge.adapters.http.wire.admin.ClockJson;
import io.stackbridge.application.port.in.admin.ReadClockOffsetUseCase;
import io.stackbridge.application.port.in.admin.SetClockOffsetUseCase;
import io.stackbridge.adapters.support.json.JsonFields;
import io.stackbridge.domain.error.ArmError;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.validation.Rule;
import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.List;
import io.vavr.control.Either;
import jakarta.inject.Inject;

import java.time.Duration;

/** The emulated Azure's clock offset: read it, set it ({@code {"offsetSeconds": n}}). */
public final class ClockRoutes {

    private final ReadClockOffsetUseCase readClockOffset;
    private final SetClockOffsetUseCase setClockOffset;

    @Inject
    public ClockRoutes(ReadClockOffsetUseCase readClockOffset, SetClockOffsetUseCase setClockOffset) {
        this.readClockOffset = readClockOffset;
        this.setClockOffset = setClockOffset;
    }

    public List<AdminRoute> routes() {
        return List.of(
                AdminRoute.of(HandlerType.GET, "/clock", call -> Either.right(Reply.ok(ClockJson.of(readClockOffset.offset())))),
                AdminRoute.of(HandlerType.PUT, "/clock", this::set));
    }

    private Either<DomainError, Reply> set(Call call) {
        return JsonBody.required(call).flatMap(json -> {
            JsonFields body = JsonFields.root(json);
            var seconds = body.requiredInteger("offsetSeconds");
            seconds.filter(value -> Math.abs(value) > ClockJson.MAX_OFFSET_SECONDS).forEach(value -> body.report(Violation.of("offsetSeconds",
                    String.valueOf(value), Rule.OUT_OF_RANGE, String.valueOf(-ClockJson.MAX_OFFSET_SECONDS), String.valueOf(ClockJson.MAX_OFFSET_SECONDS))));
            return body.result(seconds::get).toEither().<DomainError>mapLeft(ArmError.InvalidRequestContent::new);
        }).map(seconds -> Reply.ok(ClockJson.of(setClockOffset.set(Duration.ofSeconds(seconds)))));
    }

}
