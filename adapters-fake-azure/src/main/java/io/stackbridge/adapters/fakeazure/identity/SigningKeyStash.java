package io.stackbridge.adapters.fakeazure.identity;

import io.stackbridge.adapters.support.files.OwnerOnlyFiles;
import com.nimbusds.jose.jwk.RSAKey;
import io.vavr.control.Option;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A signing key made ahead of time for the next start, kept in one file of a directory: a start
 * takes the key a previous start left there, and once it serves it makes and leaves one for the
 * start after it, so that no start waits for its RSA key and no key signs for two starts. A key is
 * taken at most once: the file is renamed to a name of the taker's own (atomic, so of two starts at
 * once only one gets it) before it is read, and deleted after. A stash that holds no key, or one that
 * cannot be read, gives none, silently: the start then makes its key as before. Nothing is written
 * outside the directory.
 */
public final class SigningKeyStash {

    static final String FILE = "next-signing-key.jwk";

    private final Path directory;

    public SigningKeyStash(Path directory) {
        this.directory = directory.toAbsolutePath();
    }

    /** The key a previous start left, now out of the stash for good; none when there is none or it is unusable. */
    public Option<RSAKey> take() {
        Path taken = directory.resolve(FILE + "." + UUID.randomUUID() + ".taken");
        try {
            Files.move(directory.resolve(FILE), taken, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException none) {
            return Option.none();
        }
        try {
            return Option.of(RsaTokenSigning.privateKey(Files.readString(taken, StandardCharsets.UTF_8)));
        } catch (IOException | RuntimeException unusable) {
            return Option.none();
        } finally {
            deleteQuietly(taken);
        }
    }

    /** Makes a new key and leaves it for the next start, in place of any key left before (which then is never used). */
    public void leaveNext() throws IOException {
        OwnerOnlyFiles.write(directory.resolve(FILE), RsaTokenSigning.generate().toJSONString());
    }

    /**
     * Runs {@link #leaveNext()} on a daemon thread of its own, {@code after} a while (so that it does not
     * compete with the first requests of the start for the processor) or as soon as the answered
     * {@code Runnable} runs, which then waits for it to end (at most {@code atMost}): a process that stops
     * soon after it started still leaves the next start its key. A key that cannot be left is no
     * failure: the next start makes its own.
     */
    public Runnable leaveNextAside(Duration after, Duration atMost) {
        CountDownLatch stopping = new CountDownLatch(1);
        CountDownLatch left = new CountDownLatch(1);
        Thread thread = new Thread(() -> {
            try {
                stopping.await(after.toNanos(), TimeUnit.NANOSECONDS);
                leaveNext();
            } catch (IOException | RuntimeException | InterruptedException notLeft) {
                // The next start makes its key as it starts.
            } finally {
                left.countDown();
            }
        }, "stackbridge-next-signing-key");
        thread.setDaemon(true);
        thread.start();
        return () -> {
            stopping.countDown();
            try {
                left.await(atMost.toNanos(), TimeUnit.NANOSECONDS);
            } catch (InterruptedException stopNow) {
                Thread.currentThread().interrupt();
            }
        };
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException | RuntimeException ignored) {
            // A leftover file under a name of its own is never taken.
        }
    }
}
