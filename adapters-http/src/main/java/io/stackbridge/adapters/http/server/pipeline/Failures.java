package io.stackbridge.adapters.http.server.pipeline;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.stackbridge.adapters.http.wire.ArmErrorEnvelope;
import io.stackbridge.adapters.http.wire.Excerpt;
import io.stackbridge.adapters.http.wire.WireJson;
import io.stackbridge.domain.error.ArmError;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.error.ErrorFactory;
import io.stackbridge.domain.error.UsageApiError;
import io.stackbridge.domain.text.Language;
import io.stackbridge.domain.validation.Rule;
import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.List;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The answers for everything that escapes a route: unknown paths (404), bodies over the limit
 * (413), unreadable requests (400), and, as a last resort for a bug, a generic 500 envelope
 * without any stack trace (the cause goes to the log only).
 */
public final class Failures {

    public static final int INTERNAL = 500;
    private static final Logger LOG = LoggerFactory.getLogger(Failures.class);

    private final Responses responses;

    public Failures(Responses responses) {
        this.responses = responses;
    }

    public void register(RoutesConfig routes) {
        routes.exception(RequestTooLarge.class, (tooLarge, ctx) ->
                responses.error(ctx, Pipeline.TOO_LARGE, Pipeline.tooLarge(tooLarge.limit()), language(ctx)));
        routes.exception(HttpResponseException.class, this::javalin);
        routes.exception(UncheckedIOException.class, (unreadable, ctx) -> responses.error(ctx, Surface.AZURE_STACK,
                new ArmError.InvalidRequestContent(List.of(Violation.of("body", "", Rule.MALFORMED_DOCUMENT, "1", "1"))), language(ctx)));
        routes.exception(Exception.class, (bug, ctx) -> {
            LOG.error("unexpected failure serving {} {}", ctx.method(), ctx.path(), bug);
            responses.error(ctx, INTERNAL, generic(), language(ctx));
        });
    }

    /** Unknown paths and Javalin's own refusals, in the ARM envelope. */
    private void javalin(HttpResponseException refusal, Context ctx) {
        Language language = language(ctx);
        if (refusal.getStatus() == Pipeline.TOO_LARGE) {
            responses.error(ctx, Pipeline.TOO_LARGE, Pipeline.tooLarge(ctx.req().getContentLengthLong()), language);
        } else if (refusal.getStatus() == 404) {
            responses.error(ctx, Surface.AZURE_STACK, new ArmError.ResourceNotFound(Excerpt.of(ctx.path())), language);
        } else {
            responses.error(ctx, refusal.getStatus() >= 500 ? INTERNAL : refusal.getStatus(),
                    new ArmError.ResourceNotFound(Excerpt.of(ctx.method() + " " + ctx.path())), language);
        }
    }

    /** The last resort for a {@link Error}: a generic envelope written straight to the servlet response. */
    public static void error(HttpServletResponse response, Error error) {
        LOG.error("unexpected error", error);
        try {
            response.reset();
            response.setStatus(INTERNAL);
            response.setContentType(Reply.JSON);
            response.getOutputStream().write(WireJson.write(ArmErrorEnvelope.from(generic(), Language.EN)).getBytes(StandardCharsets.UTF_8));
        } catch (IOException | IllegalStateException gone) {
            LOG.debug("could not answer after an error", gone);
        }
    }

    /** What a failure of the emulator itself is reported as, until the catalog has a code for it. */
    static DomainError generic() {
        return new UsageApiError.ServiceUnavailable(ErrorFactory.DEFAULT_RETRY_AFTER_SECONDS);
    }

    private static Language language(Context ctx) {
        return Language.fromAcceptLanguage(ctx.header("Accept-Language"));
    }
}
