package io.stackbridge.benchmarks.soak;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A soak's figures: one summary line, and the soak block of {@code docs/reliability.md}. */
record SoakReport(SoakOptions options, SoakVerdict verdict, Duration duration, Duration underLoad, Map<SoakFault, Integer> fired,
                  Map<SoakFault, Integer> switchedOn, int bridgeKills, int emulatorKills) {

    static final String BEGIN = "<!-- soak:begin -->";
    static final String END = "<!-- soak:end -->";

    String result() {
        return verdict.exact() ? "PASS" : "FAIL";
    }

    String summaryLine() {
        return "soak " + result() + ": seed " + options.seed() + ", " + verdict.records() + " records in " + verdict.batches()
                + " batches, " + bridgeKills + " bridge kills, " + emulatorKills + " emulator kills, " + firings(fired) + " fault firings, "
                + duration.toSeconds() + " s";
    }

    String machine() {
        return Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("os.name") + " " + System.getProperty("os.arch")
                + ", JDK " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")";
    }

    /** Replaces what lies between the soak markers, and only that. */
    void rewrite(Path page) throws Exception {
        String text = Files.readString(page, StandardCharsets.UTF_8);
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        if (begin < 0 || end < begin) {
            throw new IllegalStateException(page + " has no " + BEGIN + " … " + END + " block");
        }
        Files.writeString(page, text.substring(0, begin + BEGIN.length()) + "\n" + block() + text.substring(end), StandardCharsets.UTF_8);
    }

    String block() {
        return String.join("\n",
                "`benchmarks/soak` simulates a million usage records on a registered stamp (Contoso and Fabrikam onboarded, so",
                "three subscriptions are billed) and has the real bridge push them over HTTPS in batches of a hundred, each",
                "program in its own JVM. A seeded stream of fault rules changes every one to three seconds: unreachable, slow,",
                "untrusted certificate, refused sign-in, 500, 503, 429 with `Retry-After`, reset connections, empty answers, cut",
                "bodies, a shifted clock and delays. At seeded moments the bridge is killed with SIGKILL and started again, and",
                "so is the emulator, which keeps its state with `--data-dir`. Before each emulator kill the soak notes every",
                "batch the emulator confirmed, and checks after the restart that each is still in the ledger. At the end the",
                "faults are lifted, `bridge push` empties the outbox, and the ledger (`GET /_stackbridge/usage` grouped by",
                "subscription, meter and hour, and `/_stackbridge/usage/batches`) must equal the stamp's records exactly: no",
                "record lost, none counted twice, every quantity equal to the last decimal. Run it with `benchmarks/soak`",
                "(`--help` for the options; `--quick` for a short run). `FaultSoakIT` is the short version inside `./mvnw verify`.",
                "",
                "Latest long run (" + LocalDate.now(ZoneOffset.UTC) + "):",
                "",
                "| | |",
                "|---|---|",
                "| Machine | " + machine() + " |",
                "| Command | `benchmarks/soak --seed " + options.seed() + " --records " + options.records() + " --batch-size " + options.batchSize()
                        + " --bridge-kills " + options.bridgeKills() + " --emulator-kills " + options.emulatorKills() + "` |",
                "| Duration | " + duration.toSeconds() + " s (" + underLoad.toSeconds() + " s under faults and kills) |",
                "| Records, batches | " + verdict.records() + " records in " + verdict.batches() + " batches |",
                "| Kills (SIGKILL) | bridge " + bridgeKills + ", emulator " + emulatorKills + " |",
                "| Fault rules switched on | " + byKind(switchedOn) + " |",
                "| Faults fired (journal) | " + byKind(fired) + " |",
                "| Result | " + result() + (verdict.exact() ? ": ledger exact, outbox empty, no confirmed batch lost"
                        : ": " + String.join("; ", verdict.problems().stream().limit(3).toList())) + " |",
                "");
    }

    static String byKind(Map<SoakFault, Integer> counts) {
        return counts.isEmpty() ? "none" : Stream.of(SoakFault.values()).filter(counts::containsKey)
                .map(kind -> kind.label() + " " + counts.get(kind)).collect(Collectors.joining(", "));
    }

    private static int firings(Map<SoakFault, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
