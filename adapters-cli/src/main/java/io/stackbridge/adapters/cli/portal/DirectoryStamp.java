package io.stackbridge.adapters.cli.portal;

import io.stackbridge.adapters.cli.stack.AzureChoice;
import io.stackbridge.adapters.cli.stack.StackOpener;
import io.stackbridge.adapters.cli.stack.StackProblem;
import io.stackbridge.adapters.cli.stack.StackRequest;
import io.stackbridge.adapters.cli.stack.StackUseCases;
import io.stackbridge.adapters.http.server.portal.BridgeRunStarted;
import io.stackbridge.adapters.http.server.portal.DiagnosisView;
import io.stackbridge.adapters.http.server.portal.PortalStamp;
import io.stackbridge.adapters.http.server.portal.StampDenial;
import io.stackbridge.adapters.http.server.portal.StampView;
import io.stackbridge.domain.text.Language;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * A CLI stamp's data directory, as the portal shows and drives it: {@code stamp.db} opened per request
 * through the same opener as the stack commands (SQLite in WAL mode: a read sees the last committed
 * state and never waits for a command that writes), reaching this emulator over HTTPS. The portal never
 * creates a stamp there, and its bridge runs only when the page asks.
 */
public final class DirectoryStamp implements PortalStamp, AutoCloseable {

    private final StackOpener opener;
    private final Path directory;
    private final AzureChoice.Emulator emulator;
    private final String registrationSubscription;
    private final StampViews.Source source;
    private final BackgroundBridge bridge;

    public DirectoryStamp(StackOpener opener, Path directory, AzureChoice.Emulator emulator, String registrationSubscription) {
        this.opener = Objects.requireNonNull(opener, "opener");
        this.directory = Objects.requireNonNull(directory, "directory");
        this.emulator = Objects.requireNonNull(emulator, "emulator");
        this.registrationSubscription = Objects.requireNonNull(registrationSubscription, "registrationSubscription");
        this.source = StampViews.Source.directory(directory);
        this.bridge = new BackgroundBridge(() -> on(true, useCases -> useCases.runBridge().run()));
    }

    @Override
    public StampView show(Language language) {
        boolean running = bridge.running();
        return on(false, useCases -> StampViews.of(source, useCases.readRegionProperties().properties(), useCases.readBridgeStatus().status(),
                running, language))
                .fold(problem -> StampViews.missing(source, problem, running, language), shown -> shown);
    }

    @Override
    public Either<StampDenial, StampView> register(Language language) {
        return on(true, useCases -> PageRegistration.register(useCases, registrationSubscription))
                .mapLeft(StampRefusal::of).flatMap(registered -> registered.mapLeft(StampDenial::coded)).map(done -> show(language));
    }

    @Override
    public Either<StampDenial, BridgeRunStarted> runBridge() {
        Either<StampDenial, Boolean> there = on(false, useCases -> true).mapLeft(StampRefusal::of);
        there.forEach(ready -> bridge.runNow());
        return there.map(ready -> new BridgeRunStarted(true));
    }

    @Override
    public Either<StampDenial, DiagnosisView> diagnose(Language language) {
        return on(true, useCases -> useCases.diagnoseBridge().diagnose()).mapLeft(StampRefusal::of)
                .flatMap(diagnosis -> diagnosis.mapLeft(StampDenial::coded))
                .map(diagnosis -> DiagnosisViews.of(diagnosis, language));
    }

    /** The request the stack commands would make for this directory: reaching the emulator or not, the stamp's clock as it runs. */
    public StackRequest request(boolean reaching) {
        return new StackRequest(directory, reaching ? Option.some(emulator) : Option.none(), StackRequest.DEFAULT_BATCH_SIZE,
                StackRequest.DEFAULT_ATTEMPTS, StackRequest.DEFAULT_SEED, Duration.ZERO);
    }

    /** {@code work}'s answer on the directory's stamp, opened for this call only; a directory without a usable stamp is a problem. */
    private <T> Either<StackProblem, T> on(boolean reaching, Function<StackUseCases, T> work) {
        AtomicReference<T> answer = new AtomicReference<>();
        return opener.run(request(reaching), useCases -> {
            answer.set(work.apply(useCases));
            return 0;
        }).map(done -> answer.get());
    }

    @Override
    public void close() {
        bridge.close();
    }
}
