package io.stackbridge.adapters.http.client;

import com.fasterxml.jackson.core.type.TypeReference;
import io.stackbridge.adapters.http.wire.WireJson;
import io.vavr.control.Option;
import io.vavr.control.Try;

import java.net.http.HttpRequest;

/** Reads and writes the clients' JSON bodies with the wire formats' one mapper; a body that does not read is none. */
public final class ClientJsonBodies {

    private ClientJsonBodies() {
    }

    public static <T> Option<T> read(String body, Class<T> type) {
        return body == null || body.isBlank() ? Option.none() : Try.of(() -> WireJson.mapper().readValue(body, type)).toOption();
    }

    public static <T> Option<T> read(String body, TypeReference<T> type) {
        return body == null || body.isBlank() ? Option.none() : Try.of(() -> WireJson.mapper().readValue(body, type)).toOption();
    }

    public static HttpRequest.BodyPublisher json(Object dto) {
        return HttpRequest.BodyPublishers.ofByteArray(WireJson.bytes(dto));
    }
}
