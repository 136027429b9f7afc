package io.stackbridge.adapters.cli.portal;

import io.stackbridge.adapters.cli.lab.LabBridgeBusy;
import io.stackbridge.adapters.cli.stack.StackUseCases;
import io.stackbridge.adapters.http.server.portal.BridgeRunStarted;
import io.stackbridge.adapters.http.server.portal.DiagnosisView;
import io.stackbridge.adapters.http.server.portal.PortalStamp;
import io.stackbridge.adapters.http.server.portal.StampDenial;
import io.stackbridge.adapters.http.server.portal.StampView;
import io.stackbridge.application.port.in.bridge.RunBridgeUseCase;
import io.stackbridge.domain.error.StampError.StampNotActivated;
import io.stackbridge.domain.stamp.RegionProperties;
import io.stackbridge.domain.stamp.RegistrationStatus;
import io.stackbridge.domain.text.Language;
import io.vavr.control.Either;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The stamp {@code serve} hosts, as the portal shows and drives it. It reaches the emulator over HTTPS;
 * each run, diagnosis or registration first lets go of the connections kept from the last one (as a
 * command does), so a certificate or path changed since is met. Once registered, its bridge runs by
 * itself every {@link #PERIOD} on a thread of its own, on the connections it keeps; a page asks for a
 * run, and never waits for one.
 */
public final class HostedStamp implements PortalStamp, AutoCloseable {

    /** How often the hosted bridge runs by itself once the stamp is registered. */
    public static final Duration PERIOD = Duration.ofMinutes(1);

    private final Supplier<StackUseCases> stamp;
    private final Runnable reconnect;
    private final Runnable catchUp;
    private final String registrationSubscription;
    private final BackgroundBridge bridge;

    /**
     * {@code stamp}'s use cases (made on first use), {@code reconnect} to drop the kept connections,
     * {@code catchUp} to let usage whose hour has come into the outbox before a run.
     */
    public HostedStamp(Supplier<StackUseCases> stamp, Runnable reconnect, Runnable catchUp, String registrationSubscription) {
        this.stamp = Objects.requireNonNull(stamp, "stamp");
        this.reconnect = Objects.requireNonNull(reconnect, "reconnect");
        this.catchUp = Objects.requireNonNull(catchUp, "catchUp");
        this.registrationSubscription = Objects.requireNonNull(registrationSubscription, "registrationSubscription");
        this.bridge = new BackgroundBridge(this::runOnce);
        bridge.every(PERIOD, this::registered, this::periodicRun);
    }

    @Override
    public StampView show(Language language) {
        StackUseCases useCases = stamp.get();
        return StampViews.of(StampViews.Source.HOSTED, useCases.readRegionProperties().properties(), useCases.readBridgeStatus().status(),
                bridge.running(), language);
    }

    @Override
    public Either<StampDenial, StampView> register(Language language) {
        reconnect.run();
        return PageRegistration.register(stamp.get(), registrationSubscription).mapLeft(StampDenial::coded).map(done -> show(language));
    }

    @Override
    public Either<StampDenial, BridgeRunStarted> runBridge() {
        RegionProperties properties = stamp.get().readRegionProperties().properties();
        if (properties.status() == RegistrationStatus.NOT_REGISTERED) {
            return Either.left(StampDenial.coded(new StampNotActivated(properties.cloudId())));
        }
        bridge.runNow();
        return Either.right(new BridgeRunStarted(true));
    }

    @Override
    public Either<StampDenial, DiagnosisView> diagnose(Language language) {
        reconnect.run();
        return stamp.get().diagnoseBridge().diagnose().mapLeft(StampDenial::coded).map(diagnosis -> DiagnosisViews.of(diagnosis, language));
    }

    /**
     * The stamp's use cases for a lab: its bridge runs as {@code once} (one attempt, as {@code lab} pushes),
     * taking the bridge over from a run in progress (which stops, see {@link BackgroundBridge#exclusively}),
     * fresh connections first; everything else as the stamp's own. A run still in progress after
     * {@link BackgroundBridge#TAKE_OVER} makes the lab's run throw {@link LabBridgeBusy}, answered 503.
     */
    public StackUseCases forLabs(RunBridgeUseCase once) {
        RunBridgeUseCase guarded = () -> bridge.exclusively(() -> {
            reconnect.run();
            catchUp.run();
            return once.run();
        }, () -> {
            throw new LabBridgeBusy(BackgroundBridge.TAKE_OVER);
        });
        return new LabStampUseCases(stamp, reconnect, guarded);
    }

    private boolean registered() {
        return stamp.get().readRegionProperties().properties().status() != RegistrationStatus.NOT_REGISTERED;
    }

    private void runOnce() {
        reconnect.run();
        periodicRun();
    }

    /**
     * A run of the bridge's own schedule: on the connections kept from the last run, not fresh ones (on Java 17 a
     * client let go of cannot be closed: its connections and thread last until it is collected). The emulator
     * closes a connection idle for 30 seconds, so a run a period after the last meets the certificate served now.
     */
    private void periodicRun() {
        catchUp.run();
        stamp.get().runBridge().run();
    }

    /** Stops the bridge's own runs (one in progress is interrupted) and waits, bounded, for its thread to end. */
    @Override
    public void close() {
        bridge.close();
    }
}
