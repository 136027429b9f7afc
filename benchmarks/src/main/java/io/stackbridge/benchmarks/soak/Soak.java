package io.stackbridge.benchmarks.soak;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The fault soak of {@code benchmarks/soak} (issue 11 §2): a stamp's usage pushed by the real bridge
 * over HTTPS while seeded fault rules switch, the bridge and the emulator are killed with SIGKILL at
 * seeded moments and restarted (a fault is in force for one to three seconds, then none for as long); then the faults are lifted, the outbox drained, and Azure's ledger
 * compared with what the stamp generated, exactly. Exit code 0 only when the ledger is exact.
 */
public final class Soak {

    /** How often a fault in force fires: low enough that pushes still get through between firings. */
    private static final double[] PROBABILITIES = {0.05, 0.1, 0.2, 0.3};

    private final SoakOptions options;
    private final SoakEmulator emulator;
    private final SoakStamp stamp;
    private final SoakJournal journal = new SoakJournal();
    private final Random random;
    /** The summary line and its problems. */
    private final PrintStream out;
    /** One line per step of the run, for the person watching it. */
    private final PrintStream progress;
    private final Map<SoakFault, Integer> switchedOn = new EnumMap<>(SoakFault.class);
    private final List<String> lostAcrossCrash = new ArrayList<>();
    private SoakChild bridge;
    private int bridgeKills;
    private int ruleNumber;

    private Soak(SoakOptions options, PrintStream out, PrintStream progress) {
        this.options = options;
        this.out = out;
        this.progress = progress;
        this.emulator = new SoakEmulator(options);
        this.stamp = new SoakStamp(options, emulator);
        this.random = new Random(options.seed());
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = System.out;
        PrintStream progress = System.err;
        SoakOptions options;
        try {
            options = SoakOptions.parse(args);
        } catch (IllegalArgumentException e) {
            progress.println("soak: " + e.getMessage());
            System.exit(2);
            return;
        }
        System.exit(new Soak(options, out, progress).run());
    }

    private int run() throws Exception {
        Instant started = Instant.now();
        say("work dir " + options.work() + "; emulator " + emulator.https() + " (admin on port " + (options.port() + 1) + ")");
        emulator.start();
        say(stamp.prepare());
        LedgerTotals expected = ExpectedUsage.read(stamp.dir, stamp.from, stamp.until.plus(Duration.ofDays(2)), SoakStamp.ONBOARDED,
                SoakStamp.REGISTRATION_SUBSCRIPTION);
        long batches = (expected.records() + options.batchSize() - 1) / options.batchSize();
        say(expected.records() + " records generated in " + expected.groups() + " subscription/meter/hour groups; about " + batches
                + " batches of " + options.batchSize());
        push(batches, started.plus(options.bound()));
        Duration pushing = Duration.between(started, Instant.now());
        SoakVerdict verdict = finish(expected);
        SoakReport report = new SoakReport(options, verdict, Duration.between(started, Instant.now()), pushing, journal.fired(), switchedOn,
                bridgeKills, emulator.kills());
        say("fault rules switched on: " + report.byKind(switchedOn) + "; fired: " + report.byKind(journal.fired()));
        out.println(report.summaryLine());
        verdict.problems().forEach(problem -> out.println("  " + problem));
        if (options.writeDocs()) {
            report.rewrite(options.root().resolve("docs").resolve("reliability.md"));
        }
        return verdict.exact() ? 0 : 1;
    }

    /** The loop under load: kills at seeded points of progress, a new fault every one to three seconds. */
    private void push(long batches, Instant deadline) {
        List<Long> bridgeKillAt = moments(options.bridgeKills(), batches, 0.02, 0.9);
        List<Long> emulatorKillAt = moments(options.emulatorKills(), batches, 0.1, 0.85);
        bridge = startBridge();
        Instant nextSwitch = Instant.now();
        boolean faultOn = false;
        Instant nextOutboxCheck = Instant.now();
        while (Instant.now().isBefore(deadline)) {
            journal.catchUp(emulator.admin());
            long received = SoakLedger.received(emulator.admin());
            if (!bridgeKillAt.isEmpty() && received >= bridgeKillAt.get(0)) {
                bridgeKillAt.remove(0);
                bridge.kill();
                bridgeKills++;
                say("bridge killed (" + bridgeKills + ") after " + received + " batches received");
                if (bridgeKills % 3 == 0) {
                    refuseSignIn();
                    faultOn = true;
                    nextSwitch = Instant.now().plusSeconds(3);
                }
                bridge = startBridge();
            }
            if (!emulatorKillAt.isEmpty() && received >= emulatorKillAt.get(0)) {
                emulatorKillAt.remove(0);
                crashEmulator(received);
            }
            if (!Instant.now().isBefore(nextSwitch)) {
                faultOn = !faultOn && switchFault();
                nextSwitch = Instant.now().plusMillis(1000 + random.nextInt(2000));
            }
            if (!bridge.isAlive()) {
                say("bridge run ended by itself with " + bridge.exitValue() + "; started again");
                bridge = startBridge();
            }
            if (!Instant.now().isBefore(nextOutboxCheck)) {
                if (bridgeKillAt.isEmpty() && emulatorKillAt.isEmpty() && ExpectedUsage.pending(stamp.dir) == 0) {
                    return;
                }
                nextOutboxCheck = Instant.now().plusSeconds(2);
            }
            SoakEmulator.pause(200);
        }
        say("the " + options.bound().toMinutes() + "-minute bound ended the run under load; "
                + bridgeKillAt.size() + " bridge kills and " + emulatorKillAt.size() + " emulator kills left undone");
    }

    private void crashEmulator(long received) {
        journal.catchUp(emulator.admin());
        Set<String> confirmed = journal.confirmed();
        emulator.crashAndRestart();
        journal.emulatorRestarted();
        Set<String> missing = new HashSet<>(confirmed);
        missing.removeAll(SoakLedger.batches(emulator.admin()).ids());
        missing.forEach(id -> lostAcrossCrash.add("batch " + id + " was confirmed before emulator kill " + emulator.kills()
                + " and is not in the ledger after it"));
        say("emulator killed (" + emulator.kills() + ") after " + received + " batches received; " + confirmed.size()
                + " confirmed batches checked, " + missing.size() + " missing after the restart");
    }

    /** Lifts the fault in force; every other call also switches a new one on (a spell with, then one without); whether it did. */
    private boolean switchFault() {
        emulator.admin().delete("/_stackbridge/faults");
        return SoakFault.draw(random).map(fault -> {
            double probability = PROBABILITIES[random.nextInt(PROBABILITIES.length)];
            boolean on = emulator.admin().post("/_stackbridge/faults", "application/json", fault.rule(++ruleNumber, probability)).status() == 201;
            if (on) {
                switchedOn.merge(fault, 1, Integer::sum);
            }
            return on;
        }).orElse(false);
    }

    /** Every third restart meets a refused sign-in: a bridge signs in only when it starts, so a random rule would rarely meet it. */
    private void refuseSignIn() {
        emulator.admin().delete("/_stackbridge/faults");
        if (emulator.admin().post("/_stackbridge/faults", "application/json", SoakFault.SIGN_IN_REFUSED.rule(++ruleNumber, 1.0)).status() == 201) {
            switchedOn.merge(SoakFault.SIGN_IN_REFUSED, 1, Integer::sum);
        }
    }

    /** Faults lifted, the bridge stopped, the outbox drained with {@code bridge push}, the ledger compared. */
    private SoakVerdict finish(LedgerTotals expected) throws Exception {
        bridge.stop(60);
        emulator.admin().delete("/_stackbridge/faults");
        emulator.admin().put("/_stackbridge/clock", "{\"offsetSeconds\":0}", null);
        for (int attempt = 1; attempt <= 5 && ExpectedUsage.pending(stamp.dir) > 0; attempt++) {
            int exit = SoakChild.run(options.root(), options.work().resolve("bridge.log"), options.work().resolve("pids"), 1800,
                    bridgeArgs("push"));
            say("drain: bridge push " + attempt + " ended with " + exit + "; " + ExpectedUsage.pending(stamp.dir) + " records waiting");
        }
        journal.catchUp(emulator.admin());
        SoakVerdict verdict = SoakVerdict.of(expected, SoakLedger.totals(emulator.admin(), stamp.from, stamp.until.plus(Duration.ofDays(2))), SoakLedger.batches(emulator.admin()),
                ExpectedUsage.pending(stamp.dir), journal, lostAcrossCrash);
        emulator.stop();
        return verdict;
    }

    private SoakChild startBridge() {
        return SoakChild.start(options.root(), options.work().resolve("bridge.log"), options.work().resolve("pids"), bridgeArgs("run"));
    }

    private List<String> bridgeArgs(String command) {
        List<String> args = new ArrayList<>(List.of("bridge", command, "--azure", emulator.https(), "--ca", emulator.caPem().toString(),
                "--data-dir", stamp.dir.toString(), "--batch-size", String.valueOf(options.batchSize()), "--timeout", "3", "--lang", "en"));
        if (command.equals("run")) {
            args.addAll(List.of("--interval", "1", "--attempts", "3"));
        }
        return args;
    }

    /** {@code count} seeded points of progress (batches received) between the two shares of {@code batches}, in order. */
    private List<Long> moments(int count, long batches, double low, double high) {
        List<Long> points = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            points.add(Math.max(1, Math.round(batches * (low + (high - low) * random.nextDouble()))));
        }
        points.sort(Comparator.naturalOrder());
        return points;
    }

    private void say(String line) {
        progress.println("# " + Instant.now().toString().substring(11, 19) + " " + line);
    }
}
