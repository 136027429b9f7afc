package io.stackbridge.adapters.http.server.support;

import io.javalin.util.JavalinBindException;
import io.stackbridge.adapters.http.server.EmulatorConfig;
import io.stackbridge.adapters.http.server.EmulatorServer;
import io.stackbridge.adapters.http.server.RunningEmulator;
import io.stackbridge.domain.registration.AzureEndpoints;
import io.stackbridge.junit.FakeAzure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;

/**
 * A fake Azure served by the emulator, whose endpoints are the emulator's own URL (activation keys
 * and token issuers name it). The port must be known before the fake is built, so it is picked
 * first (a {@code ServerSocket(0)} on 127.0.0.1, opened and closed) and the emulator started on it;
 * should another process take it in between, a second port is tried once.
 */
public final class EmulatedAzure implements AutoCloseable {

    public static final String HOST = "127.0.0.1";

    public final FakeAzure fake;
    public final EmulatorServer server;
    public final RunningEmulator running;

    private EmulatedAzure(FakeAzure fake, EmulatorServer server, RunningEmulator running) {
        this.fake = fake;
        this.server = server;
        this.running = running;
    }

    /** Started with {@code config} (its port is replaced by the one picked). */
    public static EmulatedAzure start(EmulatorConfig config) {
        try {
            return startOnce(config);
        } catch (PortTaken clash) {
            return startOnce(config);
        }
    }

    private static EmulatedAzure startOnce(EmulatorConfig config) {
        int port = freePort();
        FakeAzure fake = FakeAzure.builder().endpoints(AzureEndpoints.at(URI.create("https://" + HOST + ":" + port))).start();
        EmulatorServer server = new EmulatorServer(config.withHost(HOST).withHttpsPort(port), TestCloudSide.of(fake));
        try {
            return new EmulatedAzure(fake, server, server.start());
        } catch (Exception failed) {
            server.stop();
            if (failed instanceof JavalinBindException || failed.getCause() instanceof BindException) {
                throw new PortTaken(failed);
            }
            throw new IllegalStateException("the emulator did not start", failed);
        }
    }

    private static int freePort() {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return probe.getLocalPort();
        } catch (IOException unavailable) {
            throw new UncheckedIOException("no free port on " + HOST, unavailable);
        }
    }

    @Override
    public void close() {
        server.stop();
    }

    /** The picked port was taken before the emulator could bind it. */
    private static final class PortTaken extends RuntimeException {
        private static final long serialVersionUID = 1L;

        PortTaken(Throwable cause) {
            super(cause);
        }
    }
}
