package io.stackbridge.adapters.http.server.hostile;

import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Sends requests {@code 0 … count-1} of a {@link HostileRequests} from a few threads, each on its own
 * raw connection, checks every answer by the {@link AnswerRules}, and counts them by kind and status.
 * A request that gets no answer (a hang, a connection closed without a word) is a failure too.
 */
final class HostileRun {

    /** How many failures are kept to print; the count goes on. */
    private static final int KEPT = Integer.getInteger("stackbridge.hostile.kept", 20);

    private final HostileRequests requests;
    private final long seed;
    private final Map<String, LongAdder> byKind = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> byStatus = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> byKindAndStatus = new ConcurrentHashMap<>();
    private final Queue<String> failures = new ConcurrentLinkedQueue<>();
    private final LongAdder failed = new LongAdder();
    private Duration took = Duration.ZERO;

    HostileRun(HostileRequests requests, long seed) {
        this.requests = requests;
        this.seed = seed;
    }

    HostileRun run(long count, int threads, SSLContext trust, URI base) throws Exception {
        AtomicLong next = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        Instant began = Instant.now();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int thread = 0; thread < threads; thread++) {
                running.add(pool.submit(() -> {
                    try (RawHttps client = new RawHttps(trust, base)) {
                        for (long index = next.getAndIncrement(); index < count; index = next.getAndIncrement()) {
                            send(client, index);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> each : running) {
                each.get(2, TimeUnit.HOURS);
            }
        } finally {
            pool.shutdownNow();
        }
        took = Duration.between(began, Instant.now());
        return this;
    }

    private void send(RawHttps client, long index) {
        RawRequest request = requests.get(index);
        count(byKind, request.kind());
        try {
            RawAnswer answer = client.exchange(request);
            String status = String.valueOf(answer.status());
            count(byStatus, status);
            count(byKindAndStatus, request.kind() + " " + status + " " + AnswerRules.code(answer));
            Optional<String> broken = AnswerRules.broken(request, answer);
            broken.ifPresent(rule -> fail(index, request, rule + "\n  answer: " + answer.describe()));
        } catch (IOException | RuntimeException noAnswer) {
            count(byStatus, "no answer");
            count(byKindAndStatus, request.kind() + " no-answer");
            client.close();
            fail(index, request, "no answer: " + noAnswer);
        }
    }

    private void fail(long index, RawRequest request, String why) {
        failed.increment();
        if (failures.size() < KEPT) {
            failures.add("seed " + seed + ", request " + index + ": " + why + "\n  request: " + request.describe());
        }
    }

    private static void count(Map<String, LongAdder> counts, String key) {
        counts.computeIfAbsent(key, any -> new LongAdder()).increment();
    }

    long failed() {
        return failed.sum();
    }

    List<String> failures() {
        return List.copyOf(failures);
    }

    Duration took() {
        return took;
    }

    Map<String, Long> byKind() {
        return sorted(byKind);
    }

    Map<String, Long> byStatus() {
        return sorted(byStatus);
    }

    Map<String, Long> byKindAndStatus() {
        return sorted(byKindAndStatus);
    }

    private static Map<String, Long> sorted(Map<String, LongAdder> counts) {
        Map<String, Long> sorted = new TreeMap<>();
        counts.forEach((key, count) -> sorted.put(key, count.sum()));
        return sorted;
    }
}
