package io.stackbridge.adapters.http.server.hostile;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** An answer as read off the wire: status, headers by lower-case name, body bytes. */
record RawAnswer(int status, Map<String, List<String>> headers, byte[] body) {

    String header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    boolean closes() {
        String connection = header("connection");
        return connection != null && connection.toLowerCase(Locale.ROOT).contains("close");
    }

    String describe() {
        String text = text();
        return status + " " + headers + "\n  " + (text.length() > 600 ? text.substring(0, 600) + "…" : text);
    }
}
