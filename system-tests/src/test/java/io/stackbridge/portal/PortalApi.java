package io.stackbridge.portal;

import io.stackbridge.junit.StackBridgeEmulator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The portal's API called straight, to set a scene before the browser looks at it. */
final class PortalApi {

    private final StackBridgeEmulator emulator;
    private final HttpClient client;

    PortalApi(StackBridgeEmulator emulator) {
        this.emulator = emulator;
        this.client = HttpClient.newBuilder().sslContext(emulator.sslContext()).build();
    }

    /** Sends {@code method path} with an empty JSON body and expects a 2xx answer. */
    String send(String method, String path) {
        return send(method, path, "en");
    }

    /** The same, asking for texts in {@code language}. */
    String send(String method, String path, String language) {
        return exchange(method, "/_stackbridge/portal/api" + path, language);
    }

    /** Sends {@code method path} to the emulator's own admin API (the path in full) and expects a 2xx answer. */
    String admin(String method, String path) {
        return exchange(method, path, "en");
    }

    private String exchange(String method, String path, String language) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(emulator.url() + path))
                .header("Content-Type", "application/json")
                .header("Accept-Language", language)
                .method(method, method.equals("GET") || method.equals("DELETE") ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString("{}"))
                .build();
        try {
            HttpResponse<String> answer = client.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(method + " " + path + ": " + answer.body()).isBetween(200, 299);
            return answer.body();
        } catch (IOException failed) {
            throw new IllegalStateException(failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
