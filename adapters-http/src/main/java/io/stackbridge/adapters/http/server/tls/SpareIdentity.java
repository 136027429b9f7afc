package io.stackbridge.adapters.http.server.tls;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * The spare, untrusted identity the emulator presents while an UntrustedCertificate fault is in
 * force: a fresh self-signed certificate made on a thread of its own when the server starts, so that
 * its RSA key (the slowest step of a start) is not made before the port opens. The first handshake
 * that needs it waits for it.
 */
final class SpareIdentity implements Supplier<ServerIdentity> {

    private final CompletableFuture<ServerIdentity> making;

    private SpareIdentity(CompletableFuture<ServerIdentity> making) {
        this.making = making;
    }

    /** Starts making the identity now, on a daemon thread, so that it never holds a stopping process up. */
    static SpareIdentity madeAside() {
        return new SpareIdentity(CompletableFuture.supplyAsync(() -> SelfSignedCertificates.generate("localhost"), making -> {
            Thread thread = new Thread(making, "stackbridge-untrusted-certificate");
            thread.setDaemon(true);
            thread.start();
        }));
    }

    @Override
    public ServerIdentity get() {
        try {
            return making.join();
        } catch (CompletionException failed) {
            throw failed.getCause() instanceof RuntimeException cause ? cause : failed;
        }
    }
}
