package io.stackbridge.adapters.cli.wiring;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Free and taken ports on the emulator's host. */
final class FreePorts {

    private FreePorts() {
    }

    /**
     * A port that was free on {@code host} a moment ago, for {@code --port 0}: the emulator must know
     * its URL before the fake Azure is built (the URL goes into activation keys and token issuers),
     * so a {@code ServerSocket(0)} is opened on the host and closed, and its port is used. Another
     * process may take it in between; the launcher then tries once more with a new one.
     */
    static int pick(String host) throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(host))) {
            return socket.getLocalPort();
        }
    }

    /** Whether {@code port} can be bound on {@code host} right now. */
    static boolean isFree(String host, int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName(host))) {
            return socket.getLocalPort() == port;
        } catch (IOException taken) {
            return false;
        }
    }
}
