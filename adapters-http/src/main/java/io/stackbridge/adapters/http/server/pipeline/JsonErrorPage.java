package io.stackbridge.adapters.http.server.pipeline;

import io.stackbridge.adapters.http.wire.ArmErrorEnvelope;
import io.stackbridge.domain.text.Excerpt;
import io.stackbridge.adapters.http.wire.WireJson;
import io.stackbridge.domain.error.ArmError;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.text.Language;
import io.stackbridge.domain.validation.Rule;
import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.List;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Jetty's own refusals (a URI it cannot accept, headers too large…), answered in the ARM envelope
 * instead of an HTML page, for every method, never with a stack trace; Jetty closes such connections, and says so.
 * The status stays Jetty's; a 5xx (a fault of the server) is {@code InternalServerError}, logged.
 */
public final class JsonErrorPage extends ErrorHandler {

    private static final Logger LOG = LoggerFactory.getLogger(JsonErrorPage.class);

    private final long maxHeaderBytes;

    /** {@code maxHeaderBytes}: what the connectors read of a request's headers, named in a 431. */
    public JsonErrorPage(long maxHeaderBytes) {
        this.maxHeaderBytes = maxHeaderBytes;
        setShowStacks(false);
        setShowCauses(false);
    }

    /** Every method gets the envelope; Jetty's default gives a body to GET, POST and HEAD only, so a PUT read an empty 431. */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause, Callback callback) {
        Language language = Language.fromAcceptLanguage(request.getHeaders().get(HttpHeader.ACCEPT_LANGUAGE));
        String target = Excerpt.of(request.getHttpURI() == null ? "" : String.valueOf(request.getHttpURI().getPath()));
        String requestId = UUID.randomUUID().toString();
        byte[] body = WireJson.write(ArmErrorEnvelope.from(error(code, target, requestId, cause, maxHeaderBytes), language))
                .getBytes(StandardCharsets.UTF_8);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Reply.JSON);
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
        response.getHeaders().put(RequestIds.REQUEST_ID, requestId);
        String correlation = request.getHeaders().get(RequestIds.CORRELATION_ID);
        response.getHeaders().put(RequestIds.CORRELATION_ID, correlation == null ? UUID.randomUUID().toString() : correlation);
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    private static DomainError error(int code, String target, String requestId, Throwable cause, long maxHeaderBytes) {
        if (code >= 500) {
            LOG.error("request {} failed in the server for {}", requestId, target, cause);
            return new ArmError.InternalServerError(requestId);
        }
        if (code == 431) {
            return new ArmError.RequestHeaderFieldsTooLarge(maxHeaderBytes);
        }
        return code == 404
                ? new ArmError.ResourceNotFound(target)
                : new ArmError.InvalidRequestContent(List.of(Violation.of("request", target, Rule.REPORTED)));
    }
}
