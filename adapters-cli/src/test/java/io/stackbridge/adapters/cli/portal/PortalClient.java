package io.stackbridge.adapters.cli.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stackbridge.adapters.cli.support.CaTrust;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;

/** The portal's JSON API as the page calls it, over HTTPS trusting the emulator's CA, in a language of the test's choice. */
final class PortalClient {

    static final String API = "/_stackbridge/portal/api";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final URI url;

    PortalClient(URI url, Path caPem) {
        this.url = url;
        this.http = HttpClient.newBuilder().sslContext(CaTrust.sslContext(caPem)).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** One answer: its status and JSON body (an empty object when it has none). */
    record Answer(int status, JsonNode body) {
        String text(String pointer) {
            JsonNode node = body.at(pointer);
            return node.isNull() || node.isMissingNode() ? null : node.asText();
        }
    }

    Answer get(String path, String language) {
        return send(HttpRequest.newBuilder(url.resolve(API + path)).GET(), language);
    }

    Answer post(String path, String language) {
        return send(HttpRequest.newBuilder(url.resolve(API + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")), language);
    }

    /** A POST whose body is not declared JSON. */
    Answer postText(String path) {
        return send(HttpRequest.newBuilder(url.resolve(API + path)).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{}")), "en");
    }

    /** {@code POST /_stackbridge/faults} with a preset's rule, as {@code azure faults add --preset} sends it. */
    int preset(String name) {
        String rule = switch (name) {
            case "network-down" -> "{\"id\":\"network-down\",\"operation\":\"Usage_Push\",\"effect\":{\"type\":\"unreachable\"}}";
            case "tls-interception" -> "{\"id\":\"tls-interception\",\"effect\":{\"type\":\"untrustedCertificate\"}}";
            default -> throw new IllegalArgumentException(name);
        };
        return send(HttpRequest.newBuilder(url.resolve("/_stackbridge/faults")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(rule)), "en").status();
    }

    int removeFault(String name) {
        return send(HttpRequest.newBuilder(url.resolve("/_stackbridge/faults/" + name)).DELETE(), "en").status();
    }

    /** GET {@code path} until {@code wanted} holds, for at most {@code seconds}. */
    Answer until(String path, String language, int seconds, Predicate<Answer> wanted) {
        Instant deadline = Instant.now().plusSeconds(seconds);
        Answer last = get(path, language);
        while (!wanted.test(last) && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new AssertionError(interrupted);
            }
            last = get(path, language);
        }
        return last;
    }

    private Answer send(HttpRequest.Builder request, String language) {
        try {
            HttpResponse<String> response = http.send(request.header("Accept-Language", language).timeout(Duration.ofSeconds(90)).build(),
                    HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            return new Answer(response.statusCode(), body == null || body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body));
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError(interrupted);
        }
    }
}
