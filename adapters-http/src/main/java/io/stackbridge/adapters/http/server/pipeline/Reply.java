package io.stackbridge.adapters.http.server.pipeline;

import io.stackbridge.adapters.http.wire.WireJson;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** A successful answer before it is written: status, extra headers and the JSON body (none for an empty answer), or raw bytes. */
public record Reply(int status, Map<String, String> headers, Object body) {

    public static final String JSON = "application/json; charset=utf-8";
    public static final String BINARY = "application/octet-stream";

    public static Reply json(int status, Object body) {
        return new Reply(status, LinkedHashMap.empty(), body);
    }

    public static Reply ok(Object body) {
        return json(200, body);
    }

    /** An answer with no body (204, or a 200 that ARM sends empty). */
    public static Reply empty(int status) {
        return new Reply(status, LinkedHashMap.empty(), null);
    }

    public Reply withHeader(String name, String value) {
        return new Reply(status, headers.put(name, value), body);
    }

    /** An answer whose body is {@code bytes} as they are (a package file). */
    public static Reply binary(int status, byte[] bytes) {
        return new Reply(status, LinkedHashMap.empty(), bytes);
    }

    /**
     * An answer whose body is read from {@code stream} as it is sent, never held whole (a support bundle);
     * the server closes the stream once it is sent.
     */
    public static Reply stream(int status, InputStream stream) {
        return new Reply(status, LinkedHashMap.empty(), stream);
    }

    /** The body as UTF-8 JSON bytes, or the raw bytes of a binary or streamed answer (empty when there is none). */
    public byte[] bytes() {
        if (body instanceof InputStream stream) {
            try (stream) {
                return stream.readAllBytes();
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
        }
        return body == null ? new byte[0] : body instanceof byte[] raw ? raw : WireJson.bytes(body);
    }

    /** The {@code Content-Type} header the reply was given, else JSON, or raw bytes for a binary answer. */
    public String contentType() {
        return headers.get("Content-Type").getOrElse(() -> body instanceof byte[] || body instanceof InputStream ? BINARY : JSON);
    }
}
