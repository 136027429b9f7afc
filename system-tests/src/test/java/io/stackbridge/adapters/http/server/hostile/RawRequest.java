package io.stackbridge.adapters.http.server.hostile;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One request exactly as it goes on the wire: the method and target as raw bytes (so that bytes the
 * JDK client refuses, such as a NUL or an overlong UTF-8 sequence, can be sent), its headers in
 * order, and a body. {@code declaredLength}, when not negative, is the Content-Length sent in place
 * of the body's real length (a size announced but never sent). {@code kind} names how it is hostile;
 * {@code surface} which part of the emulator it aims at.
 */
record RawRequest(String kind, String surface, String method, byte[] target, List<Map.Entry<String, String>> headers, byte[] body,
                  long declaredLength) {

    static RawRequest of(String kind, String surface, String method, String target, List<Map.Entry<String, String>> headers, byte[] body) {
        return new RawRequest(kind, surface, method, target.getBytes(StandardCharsets.ISO_8859_1), headers, body, -1);
    }

    RawRequest withTarget(byte[] raw) {
        return new RawRequest(kind, surface, method, raw, headers, body, declaredLength);
    }

    RawRequest declaring(long length) {
        return new RawRequest(kind, surface, method, target, headers, body, length);
    }

    RawRequest withHeader(String name, String value) {
        List<Map.Entry<String, String>> more = new ArrayList<>(headers);
        more.add(Map.entry(name, value));
        return new RawRequest(kind, surface, method, target, more, body, declaredLength);
    }

    boolean head() {
        return method.equals("HEAD");
    }

    /** The request line, headers and body, with Host and Content-Length added. */
    byte[] wire(String host) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 + body.length);
        out.writeBytes((method + " ").getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(target);
        StringBuilder head = new StringBuilder(" HTTP/1.1\r\nHost: ").append(host).append("\r\n");
        for (Map.Entry<String, String> header : headers) {
            head.append(header.getKey()).append(": ").append(header.getValue()).append("\r\n");
        }
        long length = declaredLength >= 0 ? declaredLength : body.length;
        if (length > 0 || !List.of("GET", "HEAD", "DELETE", "OPTIONS", "TRACE").contains(method)) {
            head.append("Content-Length: ").append(length).append("\r\n");
        }
        head.append("\r\n");
        out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
        out.writeBytes(body);
        return out.toByteArray();
    }

    /** What a failure prints: kind, method, target and headers cut to a readable length, the body's start. */
    String describe() {
        StringBuilder text = new StringBuilder(kind).append(" [").append(surface).append("] ").append(method).append(' ')
                .append(cut(new String(target, StandardCharsets.ISO_8859_1), 300));
        for (Map.Entry<String, String> header : headers) {
            text.append("\n  ").append(header.getKey()).append(": ").append(cut(header.getValue(), 120));
        }
        if (declaredLength >= 0) {
            text.append("\n  (Content-Length declared ").append(declaredLength).append(')');
        }
        text.append("\n  body (").append(body.length).append(" bytes): ").append(cut(new String(body, StandardCharsets.UTF_8), 300));
        return text.toString();
    }

    private static String cut(String text, int most) {
        String escaped = text.replace("\u0000", "\\0").replace("\r", "\\r").replace("\n", "\\n");
        return escaped.length() <= most ? escaped : escaped.substring(0, most) + "…(" + text.length() + " chars)";
    }
}
