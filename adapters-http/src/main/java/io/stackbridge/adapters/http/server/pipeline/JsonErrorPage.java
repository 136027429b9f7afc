package io.stackbridge.adapters.http.server.pipeline;

import io.stackbridge.adapters.http.wire.ArmErrorEnvelope;
import io.stackbridge.adapters.http.wire.Excerpt;
import io.stackbridge.adapters.http.wire.WireJson;
import io.stackbridge.domain.error.ArmError;
import io.stackbridge.domain.text.Language;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Jetty's own refusals (a URI it cannot accept, headers too large…), answered in the ARM envelope
 * instead of an HTML page, never with a stack trace; Jetty closes such connections, and says so.
 */
public final class JsonErrorPage extends ErrorHandler {

    public JsonErrorPage() {
        setShowStacks(false);
        setShowCauses(false);
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause, Callback callback) {
        Language language = Language.fromAcceptLanguage(request.getHeaders().get(HttpHeader.ACCEPT_LANGUAGE));
        String target = request.getHttpURI() == null ? "" : String.valueOf(request.getHttpURI().getPath());
        byte[] body = WireJson.write(ArmErrorEnvelope.from(new ArmError.ResourceNotFound(Excerpt.of(target)), language))
                .getBytes(StandardCharsets.UTF_8);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Reply.JSON);
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
        response.getHeaders().put(RequestIds.REQUEST_ID, UUID.randomUUID().toString());
        String correlation = request.getHeaders().get(RequestIds.CORRELATION_ID);
        response.getHeaders().put(RequestIds.CORRELATION_ID, correlation == null ? UUID.randomUUID().toString() : correlation);
        response.write(true, ByteBuffer.wrap(body), callback);
    }
}
