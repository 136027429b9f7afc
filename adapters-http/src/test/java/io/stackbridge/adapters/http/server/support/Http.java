package io.stackbridge.adapters.http.server.support;

import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** A small JSON client over {@code java.net.http} for tests: one base URL, one trust, an optional bearer token. */
public final class Http {

    private final URI base;
    private final HttpClient client;
    private final String token;
    private final Map<String, String> headers;

    public Http(URI base, SSLContext trust, String token) {
        this(base, HttpClient.newBuilder().sslContext(trust).version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build(), token, Map.of());
    }

    private Http(URI base, HttpClient client, String token, Map<String, String> headers) {
        this.base = base;
        this.client = client;
        this.token = token;
        this.headers = headers;
    }

    public Http withToken(String bearer) {
        return new Http(base, client, bearer, headers);
    }

    public Http withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Http(base, client, token, more);
    }

    public HttpClient client() {
        return client;
    }

    public URI uri(String pathAndQuery) {
        return URI.create(base + pathAndQuery);
    }

    public Response get(String path) {
        return send("GET", path, null, null);
    }

    public Response delete(String path) {
        return send("DELETE", path, null, null);
    }

    public Response put(String path, String json) {
        return send("PUT", path, json, "application/json");
    }

    public Response patch(String path, String json) {
        return send("PATCH", path, json, "application/json");
    }

    public Response post(String path, String json) {
        return send("POST", path, json, json == null ? null : "application/json");
    }

    public Response send(String method, String path, String body, String contentType) {
        try {
            return sendOrThrow(request(method, path, body, contentType).build());
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    public HttpRequest.Builder request(String method, String path, String body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        return request;
    }

    public Response sendOrThrow(HttpRequest request) throws IOException {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers(), response.body());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", interrupted);
        }
    }
}
