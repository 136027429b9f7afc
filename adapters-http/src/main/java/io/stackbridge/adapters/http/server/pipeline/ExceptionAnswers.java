package io.stackbridge.adapters.http.server.pipeline;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.stackbridge.adapters.http.server.EmulatorConfig;
import io.stackbridge.adapters.http.wire.ArmErrorEnvelope;
import io.stackbridge.domain.text.Excerpt;
import io.stackbridge.adapters.http.wire.WireJson;
import io.stackbridge.domain.error.ArmError;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.text.Language;
import io.stackbridge.domain.validation.Rule;
import io.stackbridge.domain.validation.Violation;
import io.javalin.http.HandlerType;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The answers for everything that escapes a route: unknown paths (404), other methods on known ones (405), bodies over the limit
 * (413), unreadable requests and paths with a broken percent escape (400), and, as a last resort for a bug, {@code InternalServerError}
 * (500) naming the request ID, without any stack trace (the cause goes to the log, with that ID).
 */
public final class ExceptionAnswers {

    private static final Logger LOG = LoggerFactory.getLogger(ExceptionAnswers.class);

    private final Responses responses;
    private final MethodNotAllowed notAllowed;
    private final long maxBodyBytes;

    @Inject
    public ExceptionAnswers(Responses responses, MethodNotAllowed notAllowed, EmulatorConfig config) {
        this.responses = responses;
        this.notAllowed = notAllowed;
        this.maxBodyBytes = config.maxBodyBytes();
    }

    /** Registers the answers; {@code served} tells a path that exists (405 for another method) from one that does not (404). */
    public void register(RoutesConfig routes, ServedPaths served) {
        routes.exception(RequestTooLarge.class, (tooLarge, ctx) ->
                answer(ctx, new ArmError.RequestEntityTooLarge(tooLarge.limit())));
        routes.exception(HttpResponseException.class, (refusal, ctx) -> javalin(refusal, ctx, served));
        routes.exception(UncheckedIOException.class, (unreadable, ctx) -> answer(ctx,
                new ArmError.InvalidRequestContent(List.of(Violation.of("body", "", Rule.MALFORMED_DOCUMENT, "1", "1")))));
        routes.exception(IllegalArgumentException.class, (bad, ctx) -> answer(ctx, PercentEscapes.broken(ctx.path())
                ? new ArmError.InvalidRequestContent(List.of(Violation.of("path", Excerpt.of(ctx.path()), Rule.REPORTED)))
                : internal(requestId(ctx.res()), ctx.method() + " " + ctx.path(), bad)));
        routes.exception(Exception.class, (bug, ctx) -> answer(ctx, internal(requestId(ctx.res()), ctx.method() + " " + ctx.path(), bug)));
    }

    /** Unknown paths and Javalin's own refusals, in the ARM envelope. */
    private void javalin(HttpResponseException refusal, Context ctx, ServedPaths served) {
        int status = refusal.getStatus();
        String path = Excerpt.of(ctx.path());
        Option<Set<HandlerType>> allowed = status == 404 ? served.allowedAt(ctx.path()) : Option.none();
        if (allowed.isDefined()) {
            notAllowed.answer(ctx, allowed.get());
        } else if (status == 404) {
            answer(ctx, new ArmError.ResourceNotFound(path));
        } else if (status == 413) {
            answer(ctx, new ArmError.RequestEntityTooLarge(maxBodyBytes));
        } else if (status == 405) {
            answer(ctx, new ArmError.MethodNotAllowed(ctx.method().name(), path, ""));
        } else if (status >= 500) {
            answer(ctx, internal(requestId(ctx.res()), ctx.method() + " " + path, refusal));
        } else {
            answer(ctx, new ArmError.InvalidRequestContent(List.of(Violation.of("request", ctx.method() + " " + path, Rule.REPORTED))));
        }
    }

    /** The last resort for an {@link Error}: the same answer, written straight to the servlet response. */
    public static void error(HttpServletResponse response, Error error) {
        String requestId = requestId(response);
        DomainError answer = internal(requestId, "a request", error);
        try {
            response.reset();
            response.setStatus(ErrorStatus.of(answer));
            response.setHeader(RequestIds.REQUEST_ID, requestId);
            response.setContentType(Reply.JSON);
            response.getOutputStream().write(WireJson.write(ArmErrorEnvelope.from(answer, Language.EN)).getBytes(StandardCharsets.UTF_8));
        } catch (IOException | IllegalStateException gone) {
            LOG.debug("could not answer request {} after an error", requestId, gone);
        }
    }

    /** Logs a bug at ERROR with the request ID the answer names. */
    private static DomainError internal(String requestId, String request, Throwable bug) {
        LOG.error("request {} failed unexpectedly serving {}", requestId, request, bug);
        return new ArmError.InternalServerError(requestId);
    }

    private static String requestId(HttpServletResponse response) {
        String stamped = response.getHeader(RequestIds.REQUEST_ID);
        return stamped == null || stamped.isBlank() ? UUID.randomUUID().toString() : stamped;
    }

    private void answer(Context ctx, DomainError error) {
        responses.error(ctx, Surface.AZURE_STACK, error, Language.fromAcceptLanguage(ctx.header("Accept-Language")));
    }
}
