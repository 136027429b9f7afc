package io.stackbridge.adapters.http.client;

import io.stackbridge.adapters.support.tls.PemTrust;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.net.ssl.SSLContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.TimeoutException;
import java.util.function.UnaryOperator;

/**
 * One {@link HttpClient} for one {@link ClientConfig}: sends a request with the headers every call
 * carries (JSON, English server messages for the causes it reports, a fresh correlation ID) and
 * gives back the answer, whatever its status, or how the exchange failed. No exception leaves it.
 */
public final class HttpTransport {

    static final String CORRELATION_ID = "x-ms-correlation-request-id";

    private static final Logger LOG = LoggerFactory.getLogger(HttpTransport.class);

    /**
     * The threads that complete the client's exchanges. Without one, {@link HttpClient} uses the
     * common pool, whose parallelism is 1 on two cores, and then starts a new thread per answer.
     * Daemon threads, kept for a minute when idle, shared by every transport of the process.
     */
    private static final ExecutorService EXCHANGES = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS,
            new SynchronousQueue<>(), exchangeThreads());

    private final HttpClient client;
    private final ClientConfig config;

    public HttpTransport(ClientConfig config) {
        this(config, config.trustedCertificates().map(PemTrust::sslContext));
    }

    /** With {@code config}'s timeouts, trusting the peers {@code trust} trusts instead of its PEM file (or the JVM's trust store when none). */
    public HttpTransport(ClientConfig config, Option<SSLContext> trust) {
        this.config = config;
        HttpClient.Builder builder = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(config.connectTimeout())
                .executor(EXCHANGES);
        trust.forEach(builder::sslContext);
        this.client = builder.build();
    }

    private static ThreadFactory exchangeThreads() {
        AtomicInteger numbered = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "stackbridge-http-" + numbered.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** The configuration this transport was built for (timeouts, trust). */
    ClientConfig config() {
        return config;
    }

    /** The TLS context the client trusts the peers by: built once, from the configured PEM file or the JVM's default. */
    SSLContext sslContext() {
        return client.sslContext();
    }

    /** How long a request may wait for its complete answer; reported by {@code RequestTimedOut}. */
    Duration requestTimeout() {
        return config.requestTimeout();
    }

    /**
     * Sends the request to {@code uri} that {@code shape} describes (method, headers, body); a URI
     * the client cannot use is unreachable. The request timeout bounds the wait for the headers, and
     * the connect and request timeouts together the wait for the complete answer.
     */
    Either<WireFailure, HttpResponse<String>> exchange(URI uri, UnaryOperator<HttpRequest.Builder> shape) {
        return exchange(uri, shape, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The same, the answer's body handled by {@code body} (a download streams it); the wait bounds the headers only. */
    <T> Either<WireFailure, HttpResponse<T>> exchange(URI uri, UnaryOperator<HttpRequest.Builder> shape, HttpResponse.BodyHandler<T> body) {
        HttpRequest request;
        try {
            request = shape.apply(HttpRequest.newBuilder(uri)).timeout(config.requestTimeout())
                    .header("Accept", "application/json")
                    .header("Accept-Language", "en")
                    .header(CORRELATION_ID, UUID.randomUUID().toString())
                    .build();
        } catch (IllegalArgumentException | IllegalStateException badRequest) {
            return Either.left(FailureClassifier.classify(badRequest));
        }
        Either<WireFailure, HttpResponse<T>> outcome = await(client.sendAsync(request, body));
        LOG.debug("{} {} -> {}", request.method(), request.uri(), outcome.<Object>fold(WireFailure::toString, HttpResponse::statusCode));
        return outcome;
    }

    private <T> Either<WireFailure, HttpResponse<T>> await(CompletableFuture<HttpResponse<T>> answer) {
        Duration deadline = config.connectTimeout().plus(config.requestTimeout());
        try {
            return Either.right(answer.get(deadline.toMillis(), TimeUnit.MILLISECONDS));
        } catch (ExecutionException failed) {
            return Either.left(FailureClassifier.classify(failed.getCause() == null ? failed : failed.getCause()));
        } catch (TimeoutException late) {
            answer.cancel(true);
            return Either.left(FailureClassifier.classify(new HttpTimeoutException("no complete answer within " + deadline)));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            answer.cancel(true);
            return Either.left(FailureClassifier.classify(interrupted));
        }
    }
}
