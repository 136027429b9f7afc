package io.stackbridge.adapters.http.client;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Builds request URLs under a base URL, each path segment and query value percent-encoded. */
public final class UrlPaths {

    private static final Pattern PARAMETER = Pattern.compile("\\{[^}/]+}");

    private UrlPaths() {
    }

    /** {@code base} (any trailing slash dropped) followed by the encoded {@code segments}. */
    public static String under(URI base, String... segments) {
        StringBuilder url = new StringBuilder(base.toString().replaceAll("/+$", ""));
        for (String segment : segments) {
            url.append('/').append(encode(segment));
        }
        return url.toString();
    }

    /** {@code base} (any trailing slash dropped) followed by {@code template}, its {@code {parameters}} replaced in order by the encoded {@code values}. */
    public static String filled(URI base, String template, String... values) {
        Matcher parameters = PARAMETER.matcher(template);
        StringBuilder url = new StringBuilder(base.toString().replaceAll("/+$", ""));
        int next = 0;
        while (parameters.find()) {
            if (next == values.length) {
                throw new IllegalArgumentException("no value for " + parameters.group() + " in " + template);
            }
            parameters.appendReplacement(url, Matcher.quoteReplacement(encode(values[next++])));
        }
        if (next != values.length) {
            throw new IllegalArgumentException(values.length + " values for " + next + " parameters in " + template);
        }
        return parameters.appendTail(url).toString();
    }

    public static URI withQuery(String url, String name, String value) {
        return URI.create(url + (url.contains("?") ? "&" : "?") + encode(name) + "=" + encode(value));
    }

    public static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
