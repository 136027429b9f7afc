package io.stackbridge.adapters.http.server.hostile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thousands of seeded hostile requests against one running emulator, over every surface: each must
 * be refused with a 4xx in the error envelope, none may change the world, the registrations, the
 * tenants or the ledger, and the emulator stays healthy. {@code -Dstackbridge.hostile.requests=100000}
 * gives the long run, {@code -Dstackbridge.hostile.seed=N} replays a seed, and
 * {@code -Dstackbridge.hostile.figures=FILE} writes the figures for {@code benchmarks/hostile}.
 */
class HostileRequestsTest {

    static final int THREADS = 4;

    @TempDir
    Path directory;

    @Test
    void every_hostile_request_is_refused_in_the_envelope_and_changes_nothing() throws Exception {
        long count = Long.getLong("stackbridge.hostile.requests", 6_000);
        long seed = Long.getLong("stackbridge.hostile.seed", System.nanoTime() % 1_000_000);
        try (HostileEmulator emulator = new HostileEmulator(directory)) {
            Map<String, String> before = WorldSnapshot.take(emulator.anonymous, emulator.arm, emulator.targets);

            HostileRun run = new HostileRun(new HostileRequests(seed, emulator.targets), seed)
                    .run(count, THREADS, emulator.trust, emulator.running.httpsUrl());

            Map<String, String> after = WorldSnapshot.take(emulator.anonymous, emulator.arm, emulator.targets);
            boolean healthy = emulator.anonymous.get("/_stackbridge/health").body().contains("\"ok\"");
            HostileFigures figures = new HostileFigures(seed, count, run, before.equals(after), healthy);
            System.out.println(figures.summary());
            run.byKindAndStatus().forEach((key, n) -> System.out.println("  " + key + ": " + n));
            run.failures().forEach(System.out::println);
            figures.writeIfAsked();

            before.forEach((read, was) -> {
                if (!was.equals(after.get(read))) {
                    System.out.println("changed: " + read + "\n  before: " + was + "\n  after:  " + after.get(read));
                }
            });
            assertThat(run.failures()).as("seed %d: %d answers broke the rules, the first ones", seed, run.failed()).isEmpty();
            assertThat(after).as("seed %d: what the refused requests changed", seed).isEqualTo(before);
            assertThat(healthy).as("healthy afterwards").isTrue();
        }
    }
}
