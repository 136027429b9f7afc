package io.stackbridge.adapters.cli.demo;

import io.stackbridge.adapters.cli.stack.StackUseCases;
import io.stackbridge.application.port.in.localusage.SimulateWorkloadUseCase.Simulated;
import io.stackbridge.application.port.in.localusage.SimulateWorkloadUseCase.Simulation;
import io.stackbridge.domain.bridge.BridgeFailure;
import io.stackbridge.domain.bridge.BridgeRun;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.error.ErrorCode;
import io.stackbridge.domain.fault.FaultPreset;
import io.vavr.collection.List;
import io.vavr.control.Either;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * A day of usage simulated and pushed; then each of the bridge's five codes provoked by a fault
 * preset, explained, and recovered from once the rule is removed. The presets are met by one bridge,
 * as a running bridge meets them: the first push signs in (so a refused sign-in is a LoginError), the
 * later ones reuse its token (so an intercepting proxy is met at the usage endpoint). Each push is
 * tried once; the held answer is met last, by a bridge that waits only {@code bridgeTimeout}, so a
 * timeout costs little and no other push is given up too early on a busy machine.
 */
final class BridgeChapter {

    /** The day ends this many hours before the story's hour; each preset then simulates one more hour. */
    private static final int DAY_ENDS_HOURS_AGO = 9;

    private final DemoScene scene;
    private final Path stamp;

    BridgeChapter(DemoScene scene, Path stamp) {
        this.scene = scene;
        this.stamp = stamp;
    }

    /** The first hour the story simulates: the day's first. */
    static Instant firstHour(Instant hour) {
        return hour.minus(Duration.ofHours(DAY_ENDS_HOURS_AGO + 24L));
    }

    void day() {
        scene.teller().chapter("demo.chapter.day");
        Instant end = scene.hour().minus(Duration.ofHours(DAY_ENDS_HOURS_AGO));
        scene.onStamp(stamp, DemoScene.TIMEOUT, 3, useCases -> simulated(useCases, end, 24)
                        .flatMap(simulated -> useCases.runBridge().run().map(run -> told(useCases, "demo.day.pushed", run, simulated.records()))))
                .mapLeft(StampChapter::problem)
                .swap().forEach(problem -> scene.teller().step(false, "", problem, "demo.day.pushed", 0, 0, 0));
    }

    void everyBridgeCode() {
        scene.teller().chapter("demo.chapter.bridgeCodes", scene.bridgeTimeout().toSeconds());
        List<FaultPreset> presets = DemoExpectations.BRIDGE_PRESETS;
        List<FaultPreset> patient = presets.filter(preset -> preset != FaultPreset.USAGE_TIMEOUT);
        provoke(patient, 0, DemoScene.TIMEOUT);
        provoke(presets.removeAll(patient), patient.size(), scene.bridgeTimeout());
    }

    /** Each of {@code presets} met by one bridge waiting {@code timeout} for answers, the simulated hours going on from {@code first}. */
    private void provoke(List<FaultPreset> presets, int first, Duration timeout) {
        scene.onStamp(stamp, timeout, 1, useCases -> {
            for (int index = 0; index < presets.size(); index++) {
                Instant end = scene.hour().minus(Duration.ofHours(DAY_ENDS_HOURS_AGO - 1L - first - index));
                FaultPreset preset = presets.get(index);
                simulated(useCases, end, 1).forEach(simulated -> provoke(useCases, preset));
            }
            return 0;
        }).mapLeft(StampChapter::problem).swap().forEach(problem -> scene.teller().step(false, "", problem, "demo.chapter.bridgeCodes", 0));
    }

    private void provoke(StackUseCases useCases, FaultPreset preset) {
        String expected = scene.expectations().of(preset).name();
        scene.admin().addFaultRule(preset.rule());
        Either<DomainError, BridgeRun> stopped = useCases.runBridge().run();
        if (preset == FaultPreset.TLS_INTERCEPTION && stoppedBy(stopped, ErrorCode.NetworkError)) {
            // The proxy closed the bridge's open connection: a push already on it is cut short; the next one meets the proxy.
            stopped = useCases.runBridge().run();
        }
        scene.inProcess().removeFaultRule().remove(preset.presetName());
        String seen = stopped.fold(error -> error.code().name(), run -> run.stoppedBy().map(failure -> failure.code().name())
                .getOrElse(() -> scene.teller().out().text().format("demo.seen.delivered")));
        scene.teller().step(seen.equals(expected), expected, seen, "demo.bridge.provoked", preset.presetName(), seen);
        stopped.forEach(run -> run.stoppedBy().forEach(failure -> explain(failure)));
        useCases.runBridge().run().fold(error -> told(useCases, "demo.bridge.recovered", error), run -> told(useCases, "demo.bridge.recovered", run, 0));
    }

    private static boolean stoppedBy(Either<DomainError, BridgeRun> run, ErrorCode code) {
        return run.exists(done -> done.stoppedBy().exists(failure -> failure.code() == code));
    }

    private void explain(BridgeFailure failure) {
        scene.teller().explain(failure.code().name(), failure.describe(scene.language()));
    }

    private Either<DomainError, Simulated> simulated(StackUseCases useCases, Instant end, int hours) {
        Either<DomainError, Simulated> simulated = useCases.simulateWorkload().simulate(new Simulation(end, hours));
        simulated.swap().forEach(error -> told(useCases, "demo.day.pushed", error));
        return simulated;
    }

    /** A push that should have delivered everything: told with the records simulated, confirmed and left waiting. */
    private int told(StackUseCases useCases, String key, BridgeRun run, int simulated) {
        int pending = useCases.readBridgeStatus().status().pendingCount();
        boolean delivered = run.completed() && run.stoppedBy().isEmpty() && pending == 0;
        String seen = run.stoppedBy().map(BridgeFailure::code).map(Enum::name)
                .getOrElse(() -> scene.teller().out().text().format("demo.seen.waiting", pending));
        scene.teller().step(delivered, scene.teller().out().text().format("demo.expected.delivered"), seen, key, simulated, run.records(),
                run.batches());
        return 0;
    }

    private int told(StackUseCases useCases, String key, DomainError error) {
        scene.teller().step(false, scene.teller().out().text().format("demo.expected.delivered"), StampChapter.seen(scene, error), key, 0, 0, 0);
        return 0;
    }
}
