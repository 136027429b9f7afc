package io.stackbridge.benchmarks.soak;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * {@code ./stackbridge serve} as a separate JVM keeping its state in a data directory: HTTPS on
 * {@code port} for the stamp and its bridge, plain HTTP on {@code port + 1} for the soak's own calls.
 */
final class SoakEmulator {

    private static final Duration STARTUP = Duration.ofSeconds(180);

    private final SoakOptions options;
    private final SoakAdmin admin;
    private SoakChild process;
    private int kills;

    SoakEmulator(SoakOptions options) {
        this.options = options;
        this.admin = new SoakAdmin(URI.create("http://127.0.0.1:" + (options.port() + 1)));
    }

    String https() {
        return "https://127.0.0.1:" + options.port();
    }

    Path caPem() {
        return options.work().resolve("state").resolve("ca.pem");
    }

    SoakAdmin admin() {
        return admin;
    }

    int kills() {
        return kills;
    }

    /** Starts it and waits (bounded) until it answers its health check. */
    void start() {
        process = SoakChild.start(options.root(), options.work().resolve("emulator.log"), options.work().resolve("pids"), List.of("serve",
                "--port", String.valueOf(options.port()), "--http-port", String.valueOf(options.port() + 1), "--data-dir",
                options.work().resolve("azure").toString(), "--state-dir", options.work().resolve("state").toString(), "--seed",
                String.valueOf(options.seed()), "--journal-size", "1000000"));
        Instant deadline = Instant.now().plus(STARTUP);
        while (!admin.healthy()) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("the emulator did not start on " + https() + " (see " + options.work().resolve("emulator.log") + ")");
            }
            pause(100);
        }
    }

    /** SIGKILL under load, then a restart on the same data directory. */
    void crashAndRestart() {
        process.kill();
        kills++;
        start();
    }

    void stop() {
        process.stop(30);
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
