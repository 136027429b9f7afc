package io.stackbridge.benchmarks.soak;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stamp of the soak: created, registered and activated with the emulator, Contoso and Fabrikam
 * onboarded as customer subscriptions (so the ledger bills three subscriptions), and enough usage
 * simulated to reach the requested records, all of it reported before the run begins.
 */
final class SoakStamp {

    /** The well-known world's tenants onboarded, and the subscription each is billed to. */
    static final Map<String, String> ONBOARDED = Map.of(
            "c0c0c0c0-0001-4000-8000-000000000001", "c0c0c0c0-0002-4000-8000-000000000001",
            "fab0fab0-0001-4000-8000-000000000001", "fab0fab0-0002-4000-8000-000000000001");
    static final String REGISTRATION_SUBSCRIPTION = "aaaaaaaa-0002-4000-8000-000000000001";
    /** About how many records one simulated hour gives at scale 1 (87 to 100, by the weekdays in the hours). */
    private static final double RECORDS_PER_HOUR = 100;
    private static final int MAX_HOURS = 8784;

    final Path dir;
    final Instant from;
    final Instant until;
    private final SoakOptions options;
    private final SoakEmulator emulator;

    SoakStamp(SoakOptions options, SoakEmulator emulator) {
        this.options = options;
        this.emulator = emulator;
        this.dir = options.work().resolve("stamp");
        this.until = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(6, ChronoUnit.HOURS);
        this.from = until.minus(hours() + 48L, ChronoUnit.HOURS);
    }

    int scale() {
        return (int) Math.ceil(options.records() / (RECORDS_PER_HOUR * MAX_HOURS * 0.9));
    }

    int hours() {
        return (int) Math.min(MAX_HOURS, Math.ceil(options.records() * 1.05 / (RECORDS_PER_HOUR * scale())));
    }

    /** Init, register, onboard, simulate; the simulate command's summary line. */
    String prepare() throws Exception {
        String init = cli("stamp", "init", "--billing-model", "PayAsYouUse", "--azure", emulator.https());
        Matcher cloud = Pattern.compile("Stamp ([0-9a-f-]{36}) created").matcher(init);
        if (!cloud.find()) {
            throw new IllegalStateException("no cloud id in: " + init);
        }
        cli("stamp", "register", "--azure", emulator.https(), "--ca", emulator.caPem().toString(), "--ascii");
        new SoakOnboarding(emulator.admin()).onboard(cloud.group(1), ONBOARDED.values());
        return cli("usage", "simulate", "--hours", String.valueOf(hours()), "--scale", String.valueOf(scale()), "--seed",
                String.valueOf(options.seed()), "--until", until.toString()).strip().lines().reduce((first, last) -> last).orElse("");
    }

    /** Runs a short stamp command in its own JVM; its output, or an exception when it fails. */
    String cli(String... words) throws Exception {
        Path log = options.work().resolve("stamp-commands.log");
        long before = Files.exists(log) ? Files.size(log) : 0;
        List<String> args = new ArrayList<>(List.of(words));
        args.addAll(List.of("--data-dir", dir.toString(), "--lang", "en"));
        int exit = SoakChild.run(options.root(), log, options.work().resolve("pids"), 1800, args);
        byte[] all = Files.readAllBytes(log);
        String out = new String(all, (int) before, all.length - (int) before, java.nio.charset.StandardCharsets.UTF_8);
        if (exit != 0) {
            throw new IllegalStateException("stackbridge " + String.join(" ", words) + " ended with " + exit + ": " + out);
        }
        return out;
    }
}
