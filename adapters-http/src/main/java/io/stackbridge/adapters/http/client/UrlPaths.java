package io.stackbridge.adapters.http.client;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Builds request URLs under a base URL, each path segment and query value percent-encoded. */
final class UrlPaths {

    private UrlPaths() {
    }

    /** {@code base} (any trailing slash dropped) followed by the encoded {@code segments}. */
    static String under(URI base, String... segments) {
        StringBuilder url = new StringBuilder(base.toString().replaceAll("/+$", ""));
        for (String segment : segments) {
            url.append('/').append(encode(segment));
        }
        return url.toString();
    }

    static URI withQuery(String url, String name, String value) {
        return URI.create(url + (url.contains("?") ? "&" : "?") + encode(name) + "=" + encode(value));
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
