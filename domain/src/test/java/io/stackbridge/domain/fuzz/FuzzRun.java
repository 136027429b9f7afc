package io.stackbridge.domain.fuzz;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * One parser's fuzz run: its corpus replayed, then a bounded number of seeded mutations of it, each
 * given to {@code property}, which throws when the parser misbehaves. Deterministic: the same seed
 * and tries give the same inputs. {@code -Dstackbridge.fuzz.tries=N} and {@code -Dstackbridge.fuzz.seed=S}
 * make a long run. The first failing input is written under {@code target/fuzz-findings/<parser>/}
 * (to be added to the corpus once fixed) and fails the test; an input slower than {@link #SLOW} fails it
 * too, and one still running after {@link #HUNG} stops the run.
 */
public final class FuzzRun {

    /** The tries of a parser in {@code ./mvnw verify}. */
    public static final int TRIES_IN_VERIFY = 2_000;
    public static final long DEFAULT_SEED = 20_261_204L;
    /** How long Jazzer fuzzes one parser when asked to (JAZZER_FUZZ=1, one fuzz test per run: benchmarks/fuzz-parsers). */
    public static final String JAZZER_DURATION = "60s";
    static final Duration SLOW = Duration.ofSeconds(2);
    /** An input still running after this is a hang: the run stops and names it. */
    static final Duration HUNG = Duration.ofSeconds(20);

    private FuzzRun() {
    }

    /** The tries of a run: {@code -Dstackbridge.fuzz.tries}, else {@code inVerify}. */
    public static int tries(int inVerify) {
        return Integer.getInteger("stackbridge.fuzz.tries", inVerify);
    }

    public static long seed() {
        return Long.getLong("stackbridge.fuzz.seed", DEFAULT_SEED);
    }

    /** Replays {@code parser}'s corpus, then tries {@link #TRIES_IN_VERIFY} mutations of it (or as many as asked). */
    public static void check(String parser, Consumer<String> property) {
        check(parser, TRIES_IN_VERIFY, property);
    }

    /** The same, for a parser slow enough (a signature per try) to get fewer tries in verify. */
    public static void check(String parser, int triesInVerify, Consumer<String> property) {
        List<String> corpus = FuzzCorpus.of(parser).inputs();
        Random random = new Random(seed() ^ parser.hashCode());
        int tries = tries(triesInVerify);
        Watchdog watchdog = new Watchdog(parser, HUNG);
        watchdog.run(() -> {
            corpus.forEach(input -> once(parser, watchdog.trying(input), property));
            for (int i = 0; i < tries; i++) {
                once(parser, watchdog.trying(Mutations.of(corpus.get(random.nextInt(corpus.size())), random, corpus)), property);
            }
        });
    }

    private static void once(String parser, String input, Consumer<String> property) {
        long started = System.nanoTime();
        try {
            property.accept(input);
        } catch (Throwable broken) {
            fail(parser + " misbehaved on " + shown(input) + " (saved as " + saved(parser, input) + ")", broken);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        if (took.compareTo(SLOW) > 0) {
            fail(parser + " took " + took.toMillis() + " ms on " + shown(input) + " (saved as " + saved(parser, input) + ")");
        }
    }

    static String shown(String input) {
        String escaped = input.codePoints().limit(300)
                .mapToObj(c -> c >= 0x20 && c < 0x7f ? Character.toString(c) : String.format("\\u{%x}", c))
                .reduce("", String::concat);
        return "\"" + escaped + (input.length() > 300 ? "…" : "") + "\" (" + input.length() + " chars)";
    }

    static Path saved(String parser, String input) {
        try {
            Path file = Path.of("target", "fuzz-findings", parser, "bug-" + Integer.toHexString(input.hashCode()));
            Files.createDirectories(file.getParent());
            return Files.write(file, input.getBytes(StandardCharsets.UTF_8));
        } catch (Exception notSaved) {
            return Path.of("(not saved: " + notSaved + ")");
        }
    }
}
