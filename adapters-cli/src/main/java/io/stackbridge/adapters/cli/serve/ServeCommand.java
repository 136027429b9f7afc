package io.stackbridge.adapters.cli.serve;

import io.stackbridge.adapters.cli.ExitCodes;
import io.stackbridge.adapters.cli.Subcommand;
import io.stackbridge.adapters.cli.console.CliText;
import io.stackbridge.adapters.cli.console.ConsoleOutput;
import io.stackbridge.adapters.cli.emulator.AuthChoice;
import io.stackbridge.adapters.cli.emulator.Emulator;
import io.stackbridge.adapters.cli.emulator.EmulatorSettings;
import io.stackbridge.adapters.cli.emulator.StartFailure;
import io.stackbridge.adapters.fakeazure.journal.JournalSize;
import jakarta.inject.Inject;
import io.vavr.Tuple;
import io.vavr.control.Try;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.net.InetAddress;
import java.nio.file.Path;
import java.util.function.Supplier;

/** {@code stackbridge serve}: runs the HTTPS emulator until Ctrl-C, after printing where it is and how to get a token. */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Runs the emulator: Resource Manager (Microsoft.AzureStack), Entra ID sign-in, the usage service "
                + "and the /_stackbridge admin API over HTTPS. Ctrl-C stops it.")
public final class ServeCommand implements Subcommand {

    /** The defaults of {@code --port}, {@code --auth} and {@code --state-dir}, as picocli and {@link PlainServeLine} read them. */
    static final String DEFAULT_PORT = "" + EmulatorSettings.DEFAULT_PORT;
    static final String DEFAULT_AUTH = "strict";
    static final String DEFAULT_STATE_DIRECTORY = ".stackbridge";

    @Option(names = "--port", paramLabel = "PORT", defaultValue = DEFAULT_PORT,
            description = "HTTPS port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    private int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = EmulatorSettings.DEFAULT_HOST,
            description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    private String host;

    @Option(names = "--http-port", paramLabel = "PORT", description = "Also serve plain HTTP on this port (0 picks a free one).")
    private Integer httpPort;

    @Option(names = "--auth", paramLabel = "MODE", defaultValue = DEFAULT_AUTH,
            description = "Bearer-token checks: strict (signature, audience, expiry; the default), basic (no signature check) or off.")
    private AuthChoice auth;

    @Option(names = "--world", paramLabel = "FILE", description = "A JSON world file to start with instead of the well-known world.")
    private Path world;

    @Option(names = "--cert", paramLabel = "FILE",
            description = "TLS certificate: a PKCS12 store (with --cert-password), or a PEM certificate (with --key).")
    private Path certificate;

    @Option(names = "--cert-password", paramLabel = "PASSWORD", description = "Password of the PKCS12 store given with --cert.")
    private char[] certificatePassword;

    @Option(names = "--key", paramLabel = "FILE", description = "PEM private key of the certificate given with --cert.")
    private Path key;

    @Option(names = "--state-dir", paramLabel = "DIR", defaultValue = DEFAULT_STATE_DIRECTORY,
            description = "Keeps the generated certificate between starts and exports ca.pem (default: ${DEFAULT-VALUE} in the working directory).")
    private Path stateDirectory;

    @Option(names = "--seed", paramLabel = "N",
            description = "Seed of the fault rules' random draws and of the simulated stamp's workload (the same seed replays a run).")
    private Long seed;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Keeps the emulator's state (registrations, tenants, world changes, usage ledger, signing key) in DIR "
                    + "between starts; without it the state lives in memory only.")
    private Path dataDirectory;

    @Option(names = "--stamp-dir", paramLabel = "DIR",
            description = "Shows in the portal the CLI stamp kept in DIR (what the stack commands call --data-dir) instead of the stamp "
                    + "serve hosts; the portal reads its stamp.db beside the commands and never creates a stamp there.")
    private Path stampDirectory;

    @Option(names = "--journal-size", paramLabel = "N", defaultValue = "" + JournalSize.DEFAULT,
            description = "How many calls the admin journal keeps; older ones are dropped and counted (default: ${DEFAULT-VALUE}; 1 to 1000000).")
    private int journalSize;

    @Mixin
    private ExposureOptions exposure = new ExposureOptions();

    @Spec
    private CommandSpec spec;

    private final ConsoleOutput console;
    private final ServeStarter starter;
    private final Lifetime lifetime;
    private final Supplier<io.vavr.control.Option<String>> machineName;
    private final CliText text = CliText.english();

    @Inject
    public ServeCommand(ConsoleOutput console, ServeStarter starter, Lifetime lifetime) {
        this(console, starter, lifetime, ServeCommand::machineName);
    }

    /** With {@code machineName} telling the machine's host name (none when it cannot be read) instead of the system. */
    public ServeCommand(ConsoleOutput console, ServeStarter starter, Lifetime lifetime, Supplier<io.vavr.control.Option<String>> machineName) {
        this.console = console;
        this.starter = starter;
        this.lifetime = lifetime;
        this.machineName = machineName;
    }

    @Override
    public Integer call() {
        EmulatorSettings settings = settings();
        return serve(settings, io.vavr.control.Option.of(dataDirectory),
                exposure.choices(spec, text, settings.certificate(), environmentKey()));
    }

    /** Starts the emulator with checked settings (a {@link PlainServeLine}'s: no exposure option) and serves until stopped. */
    public int serve(EmulatorSettings settings, io.vavr.control.Option<Path> dataDirectory) {
        return serve(settings, dataDirectory, ExposureChoices.none(environmentKey()));
    }

    /** Decides the exposure of {@code settings} from their address and {@code choices}, starts the emulator and serves until stopped. */
    private int serve(EmulatorSettings settings, io.vavr.control.Option<Path> dataDirectory, ExposureChoices choices) {
        return Exposure.decide(settings, choices, ListenAddress.of(settings.host()), machineName)
                .flatMap(decided -> starter.start(decided.settings(), dataDirectory.map(directory -> directory.toAbsolutePath().normalize()))
                        .map(emulator -> Tuple.of(decided, emulator)))
                .fold(this::failed, started -> serve(started._1, started._2));
    }

    private int serve(Exposure exposure, Emulator emulator) {
        StartupLine.of(emulator, exposure, text).forEach(console::line);
        lifetime.holdUntilStopped(() -> {
            emulator.stop();
            console.line(text.format("serve.stopped"));
        });
        return ExitCodes.OK;
    }

    private int failed(StartFailure failure) {
        console.problem(text.format(failure.messageKey(), failure.messageArguments().toJavaArray()));
        return ExitCodes.of(failure);
    }

    private EmulatorSettings settings() {
        checkPort("--port", port);
        if (httpPort != null) {
            checkPort("--http-port", httpPort);
        }
        if (journalSize < 1 || journalSize > JournalSize.MAX) {
            throw new ParameterException(spec.commandLine(), text.format("serve.journalSizeOutOfRange", "--journal-size", journalSize,
                    1, JournalSize.MAX));
        }
        EmulatorSettings settings = new EmulatorSettings(host, port, io.vavr.control.Option.of(httpPort), auth, io.vavr.control.Option.of(world),
                CertificateOptions.choice(spec, text, certificate, certificatePassword, key),
                stateDirectory.toAbsolutePath().normalize(), io.vavr.control.Option.of(seed), journalSize);
        return stampDirectory == null ? settings : settings.withStampDirectory(stampDirectory.toAbsolutePath().normalize());
    }

    private static io.vavr.control.Option<String> environmentKey() {
        return io.vavr.control.Option.of(System.getenv(ExposureChoices.ENVIRONMENT_KEY));
    }

    /** The machine's host name, named by the certificate when listening on all addresses; none when it cannot be read. */
    private static io.vavr.control.Option<String> machineName() {
        return Try.of(() -> InetAddress.getLocalHost().getHostName()).toOption();
    }

    private void checkPort(String option, int value) {
        if (value < 0 || value > 65535) {
            throw new ParameterException(spec.commandLine(), text.format("serve.portOutOfRange", option, value));
        }
    }
}
