package io.stackbridge.adapters.cli.wiring;

import io.stackbridge.adapters.support.tls.CertificateSource;
import io.stackbridge.adapters.cli.emulator.AdminKeyChoice;
import io.stackbridge.adapters.support.access.AdminKey;
import io.stackbridge.adapters.cli.emulator.Emulator;
import io.stackbridge.adapters.cli.emulator.EmulatorSettings;
import io.stackbridge.adapters.cli.emulator.EmulatorStarter;
import io.stackbridge.adapters.cli.emulator.StartFailure;
import io.stackbridge.adapters.cli.serve.ServeStarter;
import io.stackbridge.adapters.cli.stack.AzureChoice;
import io.stackbridge.adapters.support.logs.LogBounds;
import io.stackbridge.adapters.support.logs.RoleLogFiles;
import io.stackbridge.adapters.fakeazure.identity.SigningKeyStash;
import io.stackbridge.adapters.fakeazure.wiring.FakeAzureSettings;
import io.stackbridge.adapters.http.server.EmulatorConfig;
import io.stackbridge.adapters.http.server.EmulatorServer;
import io.stackbridge.adapters.http.server.RunningEmulator;
import io.stackbridge.adapters.http.server.tls.ServerIdentities;
import io.stackbridge.domain.registration.AzureEndpoints;
import io.stackbridge.domain.world.World;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.inject.Inject;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Starts an emulator: reads the world, settles the port, builds the fake Azure for the emulator's own
 * URL (in memory, or over the SQLite database of a data directory), then the server over it.
 */
public final class EmulatorLauncher implements EmulatorStarter, ServeStarter {

    /** When {@code serve} makes the signing key of the next start (at the latest: a stop makes it at once), and how long a stop waits for it. */
    private static final Duration NEXT_KEY_AFTER = Duration.ofSeconds(3);
    private static final Duration NEXT_KEY_WAIT = Duration.ofSeconds(10);

    @Inject
    public EmulatorLauncher() {
    }

    @Override
    public Either<StartFailure, Emulator> start(EmulatorSettings settings) {
        return start(settings, Option.none(), Option.none());
    }

    /** An emulator whose state is kept in {@code dataDirectory} between starts, or lives in memory when there is none. */
    @Override
    public Either<StartFailure, Emulator> start(EmulatorSettings settings, Option<Path> dataDirectory) {
        return start(settings, dataDirectory, dataDirectory.isEmpty() ? Option.of(new SigningKeyStash(settings.stateDirectory())) : Option.none());
    }

    /** With a stash: signs with the key the previous start left there, if any, and leaves one for the next start once serving. */
    private Either<StartFailure, Emulator> start(EmulatorSettings asked, Option<Path> dataDirectory, Option<SigningKeyStash> stash) {
        AdminKeyFile.Settled key = AdminKeyFile.settle(asked.adminKey(), asked.stateDirectory().toAbsolutePath());
        EmulatorSettings settings = asked.withAdminKey(key.choice());
        return certificateFiles(settings.certificate())
                .flatMap(ignored -> WorldFiles.read(settings.worldFile()))
                .flatMap(world -> settings.port() == 0
                        ? onAFreePort(settings, key, world, dataDirectory, stash, true)
                        : on(settings.port(), settings, key, world, dataDirectory, stash));
    }

    /** On a freshly picked port; when another process took that very port before the bind, once more on a new one. */
    private Either<StartFailure, Emulator> onAFreePort(EmulatorSettings settings, AdminKeyFile.Settled key, World world, Option<Path> data,
                                                       Option<SigningKeyStash> stash, boolean mayRetry) {
        int port;
        try {
            port = FreePorts.pick(settings.host());
        } catch (IOException | RuntimeException failed) {
            return Either.left(StartFailures.of(failed, settings.host(), Optional.empty()));
        }
        Either<StartFailure, Emulator> started = on(port, settings, key, world, data, stash);
        boolean lostThePort = started.isLeft() && started.getLeft() instanceof StartFailure.PortInUse clash && clash.port() == port;
        return lostThePort && mayRetry ? onAFreePort(settings, key, world, data, stash, false) : started;
    }

    private Either<StartFailure, Emulator> on(int port, EmulatorSettings settings, AdminKeyFile.Settled adminKey, World world, Option<Path> data,
                                              Option<SigningKeyStash> stash) {
        FakeAzureSettings fake = FakeAzureSettings.defaults().withWorld(world)
                .withEndpoints(AzureEndpoints.at(EmulatorConfigs.url(settings.host(), port)))
                .withJournalSize(settings.journalSize());
        FakeAzureSettings seeded = settings.seed().map(fake::withFaultSeed).getOrElse(fake);
        FakeAzureSettings signing = stash.map(seeded::withSigningKeyStash).getOrElse(seeded);
        return (data.isEmpty() ? Either.<StartFailure, ServedFakeAzure>right(ServedFakeAzure.inMemory(signing)) : ServedFakeAzure.in(data.get(), signing))
                .flatMap(azure -> serve(port, settings, adminKey, azure, stash));
    }

    /**
     * Builds the server and the stamp beside it over {@code azure} and starts serving; whatever fails on
     * the way, what was already started (the stamp's refresh, {@code azure} and its database) is let go. Nothing is
     * written to the state directory before the server listens (the admin key file, the certificate), so a start that
     * fails leaves an emulator already running there untouched.
     */
    private Either<StartFailure, Emulator> serve(int port, EmulatorSettings settings, AdminKeyFile.Settled adminKey, ServedFakeAzure azure,
                                                 Option<SigningKeyStash> stash) {
        Deque<Runnable> started = new ArrayDeque<>();
        started.push(azure.close());
        Runnable stop = () -> stopAll(started);
        try {
            EmulatorConfig config = EmulatorConfigs.of(settings, port);
            EmulatorComponent component = EmulatorComponent.create(config, azure.endpoints(), azure.cloud(), azure.admin());
            URI url = EmulatorConfigs.url(settings.host(), port);
            Option<AdminKey> key = settings.adminKey() instanceof AdminKeyChoice.Given given ? Option.some(given.key()) : Option.none();
            ReconnectingAzure reach = ReconnectingAzure.to(url, config.exportedCaPem(), SimulatedStamp.principal(azure));
            RoleLogFiles logs = RoleLogFiles.open(settings.stateDirectory().resolve(RoleLogFiles.FOLDER), LogBounds.DEFAULT);
            started.push(logs::close);
            AzureForStamp logged = AzureForStamp.logged(reach, logs);
            SimulatedStamp.Served stamp = SimulatedStamp.start(settings.seed(), azure, logged);
            started.push(stamp.stop());
            PortalWiring.Portal portal = PortalWiring.sides(settings, stamp, new PortalWiring.HostedAzure(reach, logged), azure,
                    new AzureChoice.Emulator(url, config.exportedCaPem(), ReconnectingAzure.TIMEOUT, key));
            started.push(portal.stop());
            EmulatorServer server = component.server().withLocalUsage(stamp.usageQueries()).withPortal(portal.sides());
            started.push(server::stop);
            boolean renewed = settings.certificate() instanceof CertificateSource.Generated generated
                    && ServerIdentities.keptForOtherNames(config.exportedCaPem().getParent(), generated.names());
            RunningEmulator running = server.start();
            started.push(adminKey.keep());
            stamp.startRefresh().run();
            stash.forEach(next -> started.addLast(next.leaveNextAside(NEXT_KEY_AFTER, NEXT_KEY_WAIT)));
            Emulator emulator = new Emulator(url, running.httpUrl().map(http -> EmulatorConfigs.url("http", settings.host(), http.getPort())),
                    running.caCertificate(), azure.endpoints(), DevPrincipals.BRIDGE, component.issueAccessToken(), component.admin(), stop, key);
            return Either.right(renewed ? emulator.withCertificateRenewed() : emulator);
        } catch (Exception failed) {
            try {
                stop.run();
            } catch (RuntimeException alsoFailed) {
                failed.addSuppressed(alsoFailed);
            }
            Optional<Integer> taken = StartFailures.isBindClash(failed) ? takenPort(settings, port) : Optional.empty();
            return Either.left(StartFailures.of(failed, settings.host(), taken));
        }
    }

    /** Stops what was started, the last first (server, stamp, then Azure), each even if an earlier one fails. */
    private static void stopAll(Deque<Runnable> started) {
        RuntimeException first = null;
        for (Runnable step : started) {
            try {
                step.run();
            } catch (RuntimeException failed) {
                if (first == null) {
                    first = failed;
                } else {
                    first.addSuppressed(failed);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    /** Which of the emulator's ports another process holds (the HTTPS one when it cannot be told). */
    private static Optional<Integer> takenPort(EmulatorSettings settings, int port) {
        return Optional.of(List.of(port).appendAll(settings.httpPort().filter(http -> http != 0))
                .find(candidate -> !FreePorts.isFree(settings.host(), candidate))
                .getOrElse(port));
    }

    /** A given certificate's files must be readable before anything starts. */
    private static Either<StartFailure, CertificateSource> certificateFiles(CertificateSource choice) {
        List<Tuple2<String, Path>> files = choice instanceof CertificateSource.Pkcs12 store ? List.of(Tuple.of("--cert", store.file()))
                : choice instanceof CertificateSource.Pem pem ? List.of(Tuple.of("--cert", pem.certificate()), Tuple.of("--key", pem.privateKey()))
                : List.empty();
        return files.find(file -> !Files.isRegularFile(file._2) || !Files.isReadable(file._2))
                .map(file -> Either.<StartFailure, CertificateSource>left(new StartFailure.FileUnreadable(file._1, file._2.toAbsolutePath())))
                .getOrElse(Either.right(choice));
    }
}
