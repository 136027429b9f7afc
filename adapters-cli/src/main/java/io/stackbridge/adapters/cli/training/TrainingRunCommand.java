package io.stackbridge.adapters.cli.training;

import io.stackbridge.adapters.cli.ExitCodes;
import io.stackbridge.adapters.cli.Program;
import io.stackbridge.adapters.cli.Subcommand;
import io.stackbridge.adapters.cli.emulator.Emulator;
import io.stackbridge.adapters.cli.emulator.EmulatorSettings;
import io.stackbridge.adapters.cli.emulator.EmulatorStarter;
import io.stackbridge.adapters.cli.wiring.ServePreload;
import io.vavr.collection.List;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * {@code stackbridge training-run}, hidden: what the launcher runs once per build of the jar, with
 * {@code -XX:DumpLoadedClassList}, so that the classes the commands load go into a class-data sharing
 * archive that later starts map instead of loading. It goes through what the commands do, briefly,
 * in a temporary directory deleted afterwards: the help, an emulator on a free port of 127.0.0.1, a
 * stamp created, registered, simulated, pushed and read against it, a second emulator over the first
 * one's kept certificate, and the TLS code {@code serve} loads beside its start. With {@code --native-library-dir}
 * it also copies the database driver's native library there, for later starts to load. Its output is
 * of no interest (the launcher discards it); a step that fails does not stop the next ones.
 */
@Command(name = "training-run", hidden = true,
        description = "Loads the classes of every command once, for the class-data sharing archive of the launcher.")
public final class TrainingRunCommand implements Subcommand {

    @Option(names = "--native-library-dir", paramLabel = "DIR", description = "Where to copy the database driver's native library.")
    private Path nativeLibraryDirectory;

    private final Provider<Program> program;
    private final EmulatorStarter emulators;
    private final NativeLibraryCopy nativeLibrary;

    @Inject
    public TrainingRunCommand(Provider<Program> program, EmulatorStarter emulators, NativeLibraryCopy nativeLibrary) {
        this.program = program;
        this.emulators = emulators;
        this.nativeLibrary = nativeLibrary;
    }

    @Override
    public Integer call() throws IOException {
        if (nativeLibraryDirectory != null) {
            try {
                nativeLibrary.copyTo(nativeLibraryDirectory);
            } catch (IOException | RuntimeException notCopied) {
                // Another training run may be replacing the directory: starts then extract the library as before.
            }
        }
        Path directory = Files.createTempDirectory("stackbridge-training-");
        try {
            run("--help");
            run("stamp", "--help");
            Path state = directory.resolve("state");
            emulators.start(EmulatorSettings.inProcess(state)).forEach(emulator -> {
                try {
                    againstThe(emulator, directory.resolve("stamp").toString());
                } finally {
                    emulator.stop();
                }
            });
            // Every later start of serve reads the certificate and key the first one kept, and loads the TLS code beside
            // its start (ServePreload): their classes go into the archive too.
            emulators.start(EmulatorSettings.inProcess(state)).forEach(Emulator::stop);
            ServePreload.loadNow();
            return ExitCodes.OK;
        } finally {
            deleteAll(directory);
        }
    }

    private void againstThe(Emulator emulator, String stamp) {
        List<String> azure = List.of("--azure", emulator.url().toString(), "--ca", emulator.caPem().toString());
        run(List.of("stamp", "init", "--data-dir", stamp).appendAll(azure));
        run(List.of("stamp", "register", "--data-dir", stamp).appendAll(azure));
        run("stamp", "properties", "--data-dir", stamp);
        run("stamp", "token", "--data-dir", stamp);
        run("usage", "simulate", "--hours", "2", "--data-dir", stamp);
        Instant hour = Instant.now().truncatedTo(ChronoUnit.HOURS);
        run("usage", "aggregates", "--data-dir", stamp, "--aggregation-granularity", "hourly",
                "--from", hour.minus(3, ChronoUnit.HOURS).toString(), "--to", hour.toString());
        run(List.of("bridge", "push", "--data-dir", stamp).appendAll(azure));
        run("bridge", "status", "--data-dir", stamp);
    }

    private void run(String... line) {
        program.get().run(line);
    }

    private void run(List<String> line) {
        run(line.toJavaArray(String[]::new));
    }

    private static void deleteAll(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
