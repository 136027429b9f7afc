package io.stackbridge.adapters.http.server.admin.access;

import io.stackbridge.adapters.support.tls.PemTrust;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * One HTTP/1.1 request written by hand to 127.0.0.1, so that a test chooses its {@code Host} header as a browser
 * after DNS rebinding would send it (Java's HTTP client will not set {@code Host}). Plain, or over TLS trusting
 * the emulator's {@code ca.pem} without checking the name (the browser's check is what rebinding cannot pass).
 */
record RawCall(int status, String body) {

    static RawCall plain(int port, String method, String path, String host, String... headers) {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            return exchange(socket, method, path, host, headers);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    static RawCall secure(Path caPem, int port, String method, String path, String host, String... headers) {
        try (Socket socket = PemTrust.sslContext(caPem).getSocketFactory().createSocket(InetAddress.getLoopbackAddress(), port)) {
            return exchange(socket, method, path, host, headers);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private static RawCall exchange(Socket socket, String method, String path, String host, String... headers) throws IOException {
        StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n");
        for (String header : headers) {
            request.append(header).append("\r\n");
        }
        if (!method.equals("GET")) {
            request.append("Content-Length: 0\r\n");
        }
        OutputStream out = socket.getOutputStream();
        out.write(request.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        InputStream in = socket.getInputStream();
        String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        int status = Integer.parseInt(response.substring(response.indexOf(' ') + 1, response.indexOf(' ') + 4));
        int blank = response.indexOf("\r\n\r\n");
        return new RawCall(status, blank < 0 ? "" : response.substring(blank + 4));
    }
}
