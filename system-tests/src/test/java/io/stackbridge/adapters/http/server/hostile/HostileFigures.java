package io.stackbridge.adapters.http.server.hostile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.stream.Collectors;

/** A hostile run's figures: one summary line, and the Markdown block {@code benchmarks/hostile} puts in docs/reliability.md. */
record HostileFigures(long seed, long requests, HostileRun run, boolean unchanged, boolean healthy) {

    boolean passed() {
        return run.failed() == 0 && unchanged && healthy;
    }

    String summary() {
        return String.format("hostile: %d requests, seed %d, %d s, %d broke the rules, state %s, %s: %s by status %s",
                requests, seed, run.took().toSeconds(), run.failed(), unchanged ? "unchanged" : "CHANGED", healthy ? "healthy" : "UNHEALTHY",
                passed() ? "PASS" : "FAIL", run.byStatus());
    }

    /** Writes the block to the file {@code -Dstackbridge.hostile.figures} names, if it names one. */
    void writeIfAsked() throws IOException {
        String file = System.getProperty("stackbridge.hostile.figures");
        if (file != null && !file.isBlank()) {
            Files.writeString(Path.of(file), markdown());
        }
    }

    String markdown() {
        long seconds = Math.max(1, run.took().toSeconds());
        return "Latest long run: " + Instant.now().truncatedTo(ChronoUnit.MINUTES) + ", on " + Runtime.getRuntime().availableProcessors()
                + " cores (Java " + System.getProperty("java.version") + "), seed " + seed + ": **" + (passed() ? "PASS" : "FAIL") + "**. "
                + String.format("%,d requests in %d s (%,d a second, %d connections at once); ", requests, run.took().toSeconds(),
                requests / seconds, HostileRequestsTest.THREADS)
                + run.failed() + " answers broke the rules, the state was " + (unchanged ? "unchanged" : "CHANGED")
                + " and the emulator " + (healthy ? "healthy" : "NOT healthy") + " afterwards.\n\n"
                + "| Kind of request | Sent |\n|---|---:|\n" + rows(run.byKind())
                + "\n| Status | Answers |\n|---|---:|\n" + rows(run.byStatus());
    }

    private static String rows(Map<String, Long> counts) {
        return counts.entrySet().stream().map(entry -> String.format("| %s | %,d |%n", entry.getKey(), entry.getValue()))
                .collect(Collectors.joining());
    }
}
