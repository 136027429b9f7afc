package io.stackbridge.adapters.http.server.tls;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * The spare, untrusted identity the emulator presents while an UntrustedCertificate fault is in
 * force: a fresh self-signed certificate, made on a thread of its own once the server has started
 * ({@link #makeAside()}), so that its RSA key (one of the slowest steps of a start) neither comes
 * before the port opens nor competes with it for the processor. A handshake that needs it before then
 * starts making it and waits for it.
 */
final class SpareIdentity implements Supplier<ServerIdentity> {

    private final CompletableFuture<ServerIdentity> made = new CompletableFuture<>();
    private final AtomicBoolean started = new AtomicBoolean();

    /** Starts making the identity, once, on a daemon thread, so that it never holds a stopping process up. */
    void makeAside() {
        if (started.compareAndSet(false, true)) {
            Thread thread = new Thread(() -> {
                try {
                    made.complete(SelfSignedCertificates.generate("localhost"));
                } catch (RuntimeException failed) {
                    made.completeExceptionally(failed);
                }
            }, "stackbridge-untrusted-certificate");
            thread.setDaemon(true);
            thread.start();
        }
    }

    @Override
    public ServerIdentity get() {
        makeAside();
        try {
            return made.join();
        } catch (CompletionException failed) {
            throw failed.getCause() instanceof RuntimeException cause ? cause : failed;
        }
    }
}
