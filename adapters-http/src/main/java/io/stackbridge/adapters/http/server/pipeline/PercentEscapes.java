package io.stackbridge.adapters.http.server.pipeline;

/**
 * Whether a raw request path holds a percent sign not followed by two hexadecimal digits ({@code %zz},
 * {@code %u002e}, a lone {@code %}). Jetty lets some of these through; reading a path value from them
 * fails, and the request is the client's mistake (400), not the server's.
 */
final class PercentEscapes {

    private PercentEscapes() {
    }

    static boolean broken(String rawPath) {
        for (int at = rawPath.indexOf('%'); at >= 0; at = rawPath.indexOf('%', at + 1)) {
            if (at + 2 >= rawPath.length() || !hex(rawPath.charAt(at + 1)) || !hex(rawPath.charAt(at + 2))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }
}
