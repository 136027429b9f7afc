package io.stackbridge.adapters.http.server.tls;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * The spare, untrusted identity the emulator presents while an UntrustedCertificate fault is in
 * force: a fresh self-signed certificate, made on a thread of its own a while after the server has
 * started ({@link #makeAside()}), so that its RSA key (one of the slowest steps of a start) neither
 * comes before the port opens nor competes with the first requests for the processor. A handshake
 * that needs it before then has it made at once and waits for it.
 */
final class SpareIdentity implements Supplier<ServerIdentity> {

    /** How long after the start the identity is made when nothing needs it sooner. */
    static final Duration AFTER_START = Duration.ofSeconds(3);

    private final CompletableFuture<ServerIdentity> made = new CompletableFuture<>();
    private final AtomicBoolean started = new AtomicBoolean();
    private final CountDownLatch needed = new CountDownLatch(1);

    /** Starts the daemon thread that makes the identity, once, {@link #AFTER_START} from now or when first needed. */
    void makeAside() {
        if (started.compareAndSet(false, true)) {
            Thread thread = new Thread(() -> {
                try {
                    needed.await(AFTER_START.toNanos(), TimeUnit.NANOSECONDS);
                    made.complete(SelfSignedCertificates.generate("localhost"));
                } catch (RuntimeException | InterruptedException failed) {
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
        needed.countDown();
        try {
            return made.join();
        } catch (CompletionException failed) {
            throw failed.getCause() instanceof RuntimeException cause ? cause : failed;
        }
    }
}
