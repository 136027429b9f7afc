package io.stackbridge.adapters.http.server.pipeline;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.stackbridge.adapters.http.server.EmulatorConfig;
import io.stackbridge.application.port.in.admin.DrawFaultUseCase;
import io.stackbridge.application.port.in.admin.RecordCallUseCase;
import io.stackbridge.application.port.in.admin.ServeWithShiftedClockUseCase;
import io.stackbridge.domain.error.ArmError;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.error.ErrorFactory;
import io.stackbridge.domain.fault.FaultCall;
import io.stackbridge.domain.fault.FaultEffect;
import io.stackbridge.domain.fault.FaultRule;
import io.stackbridge.domain.journal.JournalEntry;
import io.stackbridge.domain.text.Language;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.inject.Inject;

/**
 * What every Resource Manager, token and usage request goes through: api-version and path
 * checks, the fault rules (with connection-level effects done on the real connection),
 * authentication, the JSON-only rule, the route's action, and the journal.
 */
public final class Pipeline {

    private final DrawFaultUseCase drawFault;
    private final RecordCallUseCase recordCall;
    private final ServeWithShiftedClockUseCase serveWithShiftedClock;
    private final Authenticator authenticator;
    private final Responses responses;
    private final HeldRequests held;
    private final long maxBodyBytes;

    @Inject
    public Pipeline(DrawFaultUseCase drawFault, RecordCallUseCase recordCall, ServeWithShiftedClockUseCase serveWithShiftedClock,
                    Authenticator authenticator, Responses responses, HeldRequests held, EmulatorConfig config) {
        this.drawFault = drawFault;
        this.recordCall = recordCall;
        this.serveWithShiftedClock = serveWithShiftedClock;
        this.authenticator = authenticator;
        this.responses = responses;
        this.held = held;
        this.maxBodyBytes = config.maxBodyBytes();
    }

    /** Lets every held request go: the server is stopping. */
    public void releaseHeld() {
        held.release();
    }

    /** The outcome of a request as the journal names it, and the answer to write. */
    private record Answer(Reply reply, String outcome) {
    }

    public void serve(Context ctx, Route route) {
        Call call = new Call(ctx, Language.fromAcceptLanguage(ctx.header("Accept-Language")), maxBodyBytes);
        Either<DomainError, FaultCall> target = ApiVersions.check(route, call.apiVersion())
                .flatMap(version -> route.target().apply(call));
        Option<FaultRule> fired = target.isRight() ? drawFault.draw(target.get()) : Option.none();
        String outcome = target.isLeft()
                ? write(ctx, failed(call, route, target.getLeft()))
                : fired.map(rule -> faulted(call, route, target.get(), rule)).getOrElse(() -> write(ctx, answer(call, route)));
        recordCall.record(route.operation(), call.requestPath(), outcome, fired.map(FaultRule::id));
    }

    private String faulted(Call call, Route route, FaultCall faultCall, FaultRule rule) {
        FaultEffect effect = rule.effect();
        Context ctx = call.ctx();
        String name = effect.getClass().getSimpleName();
        if (effect instanceof FaultEffect.ReturnError error) {
            return write(ctx, failed(call, route, ErrorFactory.of(error.code(), faultCall.errorContext().detail(rule.id()))));
        }
        if (effect instanceof FaultEffect.Delay delay) {
            held.pause(delay.delay());
            return write(ctx, answer(call, route));
        }
        if (effect instanceof FaultEffect.ShiftClock shift) {
            return write(ctx, serveWithShiftedClock.serve(shift.offset(), () -> answer(call, route)));
        }
        if (effect instanceof FaultEffect.Unreachable || effect instanceof FaultEffect.ResetConnection) {
            ConnectionFaults.reset(ctx);
            return name;
        }
        if (effect instanceof FaultEffect.EmptyResponse) {
            ConnectionFaults.close(ctx);
            return name;
        }
        if (effect instanceof FaultEffect.PartialBody) {
            ConnectionFaults.partial(ctx, answer(call, route).reply());
            return name;
        }
        if (effect instanceof FaultEffect.Slow) {
            held.slow();
            ConnectionFaults.close(ctx);
            return name;
        }
        return write(ctx, answer(call, route));
    }

    /** The route's answer after authentication and the JSON-only rule. */
    private Answer answer(Call call, Route route) {
        try {
            Either<DomainError, Reply> result = authenticated(call, route)
                    .flatMap(ctx -> route.surface() == Surface.TOKEN || !carriesBody(route.method())
                            ? Either.right(ctx) : ContentTypes.jsonOnly(ctx))
                    .flatMap(ctx -> route.action().handle(call));
            return result.fold(error -> failed(call, route, error), reply -> new Answer(reply, JournalEntry.OK));
        } catch (RequestTooLarge tooLarge) {
            return failed(call, route, new ArmError.RequestEntityTooLarge(tooLarge.limit()));
        }
    }

    private Either<DomainError, Context> authenticated(Call call, Route route) {
        boolean resourceManager = route.surface() == Surface.AZURE_STACK || route.surface() == Surface.RESOURCES
                || route.surface() == Surface.LOCAL_USAGE;
        return resourceManager ? authenticator.check(call.ctx()) : Either.right(call.ctx());
    }

    private Answer failed(Call call, Route route, DomainError error) {
        return new Answer(responses.errorReply(call.ctx(), route.surface(), error, call.language()), error.code().name());
    }

    private String write(Context ctx, Answer answer) {
        responses.reply(ctx, answer.reply());
        return answer.outcome();
    }

    private static boolean carriesBody(HandlerType method) {
        return method == HandlerType.PUT || method == HandlerType.PATCH || method == HandlerType.POST;
    }
}
