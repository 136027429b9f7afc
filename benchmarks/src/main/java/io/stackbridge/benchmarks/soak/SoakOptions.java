package io.stackbridge.benchmarks.soak;

import java.nio.file.Path;
import java.time.Duration;

/** What one soak run does: how many records in which batches, how many kills, where, and within how long. */
record SoakOptions(long seed, int records, int batchSize, int bridgeKills, int emulatorKills, int port, Path work,
                   Path root, Duration bound, boolean writeDocs) {

    /** Reads {@code --name value} pairs; the defaults are the long run's, {@code --quick} the short run's. */
    static SoakOptions parse(String... args) {
        boolean quick = java.util.List.of(args).contains("--quick");
        long seed = 20261204L;
        int records = quick ? 20_000 : 1_000_000;
        int batchSize = 100;
        int bridgeKills = quick ? 5 : 20;
        int emulatorKills = quick ? 1 : 3;
        int port = 58460;
        Path work = Path.of(System.getProperty("java.io.tmpdir"), "stackbridge-soak");
        Path root = Path.of("").toAbsolutePath();
        long minutes = quick ? 10 : 90;
        boolean docs = !quick;
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (name.equals("--quick")) {
                continue;
            }
            if (name.equals("--no-docs")) {
                docs = false;
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(name + " needs a value");
            }
            String value = args[++i];
            switch (name) {
                case "--seed" -> seed = Long.parseLong(value);
                case "--records" -> records = Integer.parseInt(value);
                case "--batch-size" -> batchSize = Integer.parseInt(value);
                case "--bridge-kills" -> bridgeKills = Integer.parseInt(value);
                case "--emulator-kills" -> emulatorKills = Integer.parseInt(value);
                case "--port-base" -> port = Integer.parseInt(value);
                case "--work-dir" -> work = Path.of(value).toAbsolutePath();
                case "--root" -> root = Path.of(value).toAbsolutePath();
                case "--max-minutes" -> minutes = Long.parseLong(value);
                default -> throw new IllegalArgumentException("unknown option " + name);
            }
        }
        if (records < 1 || batchSize < 1 || batchSize > 10_000 || bridgeKills < 0 || emulatorKills < 0 || minutes < 1) {
            throw new IllegalArgumentException("records, batch size (1 to 10000) and minutes are positive, kills not negative");
        }
        return new SoakOptions(seed, records, batchSize, bridgeKills, emulatorKills, port, work, root, Duration.ofMinutes(minutes),
                docs);
    }

    int batches() {
        return (records + batchSize - 1) / batchSize;
    }
}
