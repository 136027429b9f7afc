package io.stackbridge.adapters.http.server.pipeline;

import io.javalin.http.Context;

import java.util.UUID;

/** Stamps every response with {@code x-ms-request-id} (new) and {@code x-ms-correlation-request-id} (the client's, else new). */
public final class RequestIds {

    public static final String REQUEST_ID = "x-ms-request-id";
    public static final String CORRELATION_ID = "x-ms-correlation-request-id";
    public static final String CLIENT_REQUEST_ID = "x-ms-client-request-id";

    private RequestIds() {
    }

    /** A before-handler for every path. */
    public static void stamp(Context ctx) {
        ctx.header(REQUEST_ID, UUID.randomUUID().toString());
        String correlation = ctx.header(CORRELATION_ID);
        ctx.header(CORRELATION_ID, correlation == null || correlation.isBlank() ? UUID.randomUUID().toString() : correlation);
        String clientRequest = ctx.header(CLIENT_REQUEST_ID);
        if (clientRequest != null && !clientRequest.isBlank()) {
            ctx.header(CLIENT_REQUEST_ID, clientRequest);
        }
    }

    /** The correlation ID this response carries. */
    public static String correlation(Context ctx) {
        String stamped = ctx.res().getHeader(CORRELATION_ID);
        return stamped == null ? "" : stamped;
    }
}
