package io.stackbridge.adapters.cli.e2e;

import io.stackbridge.adapters.cli.support.CaTrust;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ./stackbridge serve} as a separate JVM keeping its state in a data directory, so that it can
 * be killed with SIGKILL and started again on the same port and the same state; its admin API over HTTPS.
 */
final class ServedEmulator implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofSeconds(120);
    private static final Pattern STARTED = Pattern.compile("StackBridge emulator on (https://127\\.0\\.0\\.1:(\\d+)) . CA certificate: (\\S+) . .*");

    final Path dataDir;
    private final Path stateDir;
    private final long seed;
    private Launched process;
    private URI url;
    private HttpClient http;

    private ServedEmulator(Path work, long seed) {
        this.dataDir = work.resolve("azure");
        this.stateDir = work.resolve("state");
        this.seed = seed;
    }

    /** Started on a free port of 127.0.0.1. */
    static ServedEmulator start(Path work, long seed) throws Exception {
        ServedEmulator emulator = new ServedEmulator(work, seed);
        emulator.launch(0);
        return emulator;
    }

    URI url() {
        return url;
    }

    Path caPem() {
        return stateDir.resolve("ca.pem");
    }

    /** SIGKILL, then a new JVM on the same port and data directory; returns once it serves. */
    void crashAndRestart() throws Exception {
        process.kill(STARTUP);
        launch(url.getPort());
    }

    HttpResponse<String> admin(String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(url.resolve("/_stackbridge" + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private void launch(int port) throws Exception {
        process = Launched.start("serve", "--port", String.valueOf(port), "--data-dir", dataDir.toString(), "--state-dir", stateDir.toString(),
                "--seed", String.valueOf(seed));
        Matcher started = process.awaitLine(STARTED, STARTUP);
        url = URI.create(started.group(1));
        http = HttpClient.newBuilder().sslContext(CaTrust.sslContext(caPem())).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** SIGTERM: the emulator closes its database, so that the test can read the ledger from the file. */
    void stop() throws Exception {
        process.terminate(STARTUP);
    }

    @Override
    public void close() {
        process.close();
    }
}
