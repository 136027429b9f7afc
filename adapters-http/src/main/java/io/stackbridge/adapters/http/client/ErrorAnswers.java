package io.stackbridge.adapters.http.client;

import io.stackbridge.domain.text.Excerpt;
import io.stackbridge.adapters.http.wire.ArmErrorEnvelope;
import io.stackbridge.adapters.http.wire.ArmErrorEnvelope.ArmErrorBody;
import io.stackbridge.adapters.http.wire.OAuthError;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.error.ErrorCode;
import io.stackbridge.domain.error.ErrorContext;
import io.stackbridge.domain.error.ErrorFactory;
import io.vavr.control.Option;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.time.Clock;

/**
 * Reads an error answer (any status outside 2xx): an ARM envelope with a catalog code becomes that
 * code's error, an OAuth refusal the identity code of its AADSTS number, each filled from what the
 * request knew and from {@code Retry-After}; an unknown code or no such body is named by its
 * status (see {@link #byStatus}). The server's own words come along in one line.
 */
final class ErrorAnswers {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorAnswers.class);

    private ErrorAnswers() {
    }

    static Refusal of(HttpResponse<String> answer, ErrorContext context, Clock clock) {
        return of(answer.statusCode(), answer.headers(), answer.body(), context, clock);
    }

    /** The same, from an answer's parts (a streamed download reads its error body itself). */
    static Refusal of(int status, HttpHeaders headers, String body, ErrorContext context, Clock clock) {
        ErrorContext known = RetryAfter.seconds(headers, clock).map(context::retryAfterSeconds).getOrElse(context);
        Option<ArmErrorBody> envelope = ClientJsonBodies.read(body, ArmErrorEnvelope.class)
                .flatMap(read -> Option.of(read.error())).filter(error -> error.code() != null);
        if (envelope.isDefined()) {
            String line = Excerpt.oneLine(envelope.get().code() + ": " + envelope.get().message());
            return new Refusal(new ArmErrorEnvelope(envelope.get()).toDomain(known)
                    .getOrElse(() -> byStatus(status, known.detail(line))), line);
        }
        Option<OAuthError> oauth = ClientJsonBodies.read(body, OAuthError.class).filter(error -> error.error() != null);
        if (oauth.isDefined()) {
            Option<ErrorCode> code = OAuthError.codeOf(oauth.get().firstErrorCode());
            String line = Excerpt.oneLine(code.map(found -> found.name() + ": ").getOrElse("") + oauth.get().error()
                    + (oauth.get().errorDescription() == null ? "" : ": " + oauth.get().errorDescription()));
            return new Refusal(code.map(found -> ErrorFactory.of(found, known.detail(line)))
                    .getOrElse(() -> byStatus(status, known.detail(line))), line);
        }
        String line = Excerpt.oneLine("HTTP " + status + (body.isBlank() ? "" : ": " + body));
        return new Refusal(byStatus(status, known.detail(line)), line);
    }

    /**
     * An answer without a catalog code, named by its status: 401 InvalidAuthenticationToken, 403
     * AuthorizationFailed, 404 ResourceNotFound, 412 PreconditionFailed, 415 UnsupportedMediaType,
     * 429 TooManyRequests and every 5xx ServiceUnavailable (both retryable), anything else
     * InvalidRequestContent carrying the server's line.
     */
    static DomainError byStatus(int status, ErrorContext context) {
        LOG.warn("HTTP {} from {} without a known error code: {}", status, context.endpoint().getOrElse("?"),
                context.detail().getOrElse(""));
        return ErrorFactory.of(codeOf(status), context);
    }

    private static ErrorCode codeOf(int status) {
        if (status >= 500) {
            return ErrorCode.ServiceUnavailable;
        }
        return switch (status) {
            case 401 -> ErrorCode.InvalidAuthenticationToken;
            case 403 -> ErrorCode.AuthorizationFailed;
            case 404 -> ErrorCode.ResourceNotFound;
            case 412 -> ErrorCode.PreconditionFailed;
            case 415 -> ErrorCode.UnsupportedMediaType;
            case 429 -> ErrorCode.TooManyRequests;
            default -> ErrorCode.InvalidRequestContent;
        };
    }
}
