package io.stackbridge.adapters.http.server.hostile;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An HTTP/1.1 client over a plain {@link SSLSocket}: it writes a {@link RawRequest}'s bytes as they
 * are and reads the answer by Content-Length, chunks or the connection's end. It keeps one connection
 * open while the server does, and opens a new one when the server closed it. Not thread-safe: one per thread.
 */
final class RawHttps implements AutoCloseable {

    /** A server that says nothing for this long is hanging. */
    static final int READ_TIMEOUT_MILLIS = 30_000;

    private final SSLContext trust;
    private final String host;
    private final int port;
    private SSLSocket socket;
    private InputStream in;

    RawHttps(SSLContext trust, URI base) {
        this.trust = trust;
        this.host = base.getHost();
        this.port = base.getPort();
    }

    /** Sends and reads; a server that closes a kept connection before answering gets the request again on a fresh one. */
    RawAnswer exchange(RawRequest request) throws IOException {
        boolean fresh = socket == null;
        try {
            return once(request);
        } catch (EOFException closedBeforeAnswering) {
            close();
            if (fresh) {
                throw closedBeforeAnswering;
            }
            return once(request);
        }
    }

    private RawAnswer once(RawRequest request) throws IOException {
        if (socket == null) {
            socket = (SSLSocket) trust.getSocketFactory().createSocket(host, port);
            socket.setSoTimeout(READ_TIMEOUT_MILLIS);
            in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
        }
        OutputStream out = socket.getOutputStream();
        try {
            out.write(request.wire(host + ":" + port));
            out.flush();
        } catch (IOException refusedMidway) {
            // the server may answer and close before reading everything (a header block over its limit): read what it said
        }
        RawAnswer answer;
        try {
            answer = read(request.head());
        } catch (SocketTimeoutException hanging) {
            close();
            throw new IOException("no answer within " + READ_TIMEOUT_MILLIS + " ms", hanging);
        }
        if (answer.closes()) {
            close();
        }
        return answer;
    }

    private RawAnswer read(boolean head) throws IOException {
        String statusLine = line();
        if (statusLine == null) {
            throw new EOFException("the connection closed before an answer");
        }
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP answer: " + statusLine);
        }
        int status = Integer.parseInt(parts[1]);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String header = line(); header != null && !header.isEmpty(); header = line()) {
            int colon = header.indexOf(':');
            headers.computeIfAbsent(header.substring(0, colon).trim().toLowerCase(Locale.ROOT), name -> new ArrayList<>())
                    .add(header.substring(colon + 1).trim());
        }
        RawAnswer bodiless = new RawAnswer(status, headers, new byte[0]);
        if (head || status == 204 || status == 304 || status / 100 == 1) {
            return bodiless;
        }
        String length = bodiless.header("content-length");
        String encoding = bodiless.header("transfer-encoding");
        byte[] body = encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked") ? chunked()
                : length != null ? in.readNBytes(Integer.parseInt(length)) : untilClosed();
        if (length == null && encoding == null) {
            headers.put("connection", List.of("close"));
        }
        return new RawAnswer(status, headers, body);
    }

    private byte[] chunked() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (String size = line(); size != null; size = line()) {
            int chunk = Integer.parseInt(size.split(";", 2)[0].trim(), 16);
            if (chunk == 0) {
                for (String trailer = line(); trailer != null && !trailer.isEmpty(); trailer = line()) {
                    // trailers are not looked at
                }
                break;
            }
            body.writeBytes(in.readNBytes(chunk));
            line();
        }
        return body.toByteArray();
    }

    private byte[] untilClosed() throws IOException {
        return in.readAllBytes();
    }

    private String line() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(64);
        for (int b = in.read(); b >= 0; b = in.read()) {
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int end = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
            }
            line.write(b);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a connection that is already gone
            }
            socket = null;
            in = null;
        }
    }
}
