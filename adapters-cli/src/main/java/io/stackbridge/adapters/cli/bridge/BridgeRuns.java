package io.stackbridge.adapters.cli.bridge;

import io.stackbridge.adapters.cli.ExitCodes;
import io.stackbridge.adapters.cli.stack.StackConsole;
import io.stackbridge.adapters.cli.stack.StackUseCases;
import io.stackbridge.domain.bridge.BridgeRun;
import io.stackbridge.domain.error.DomainError;
import io.vavr.control.Either;

/** One run of the bridge, told: what reached Azure and what still waits, or the failure that stopped it; its exit code. */
final class BridgeRuns {

    private BridgeRuns() {
    }

    /** Runs the bridge once and reports it. */
    static Either<DomainError, BridgeRun> runOnce(StackUseCases useCases, StackConsole out) {
        return runOnce(useCases, out, false);
    }

    /** Runs the bridge once and reports it, as one JSON document with {@code json} (the failure that stopped it also on standard error). */
    static Either<DomainError, BridgeRun> runOnce(StackUseCases useCases, StackConsole out, boolean json) {
        Either<DomainError, BridgeRun> run = useCases.runBridge().run();
        int pending = useCases.readBridgeStatus().status().pendingCount();
        if (json && run.isRight()) {
            out.json(BridgeJson.run(run.get(), pending, out.language()));
            run.get().stoppedBy().forEach(failure -> out.bridgeFailure(failure, true));
        } else {
            report(out, run, pending);
        }
        return run;
    }

    static int exitCode(Either<DomainError, BridgeRun> run) {
        return run.fold(ExitCodes::of, done -> done.stoppedBy().map(failure -> ExitCodes.of(failure.code())).getOrElse(ExitCodes.OK));
    }

    private static void report(StackConsole out, Either<DomainError, BridgeRun> run, int pending) {
        if (run.isLeft()) {
            out.error(run.getLeft());
            return;
        }
        BridgeRun done = run.get();
        if (done.reportingDisabled()) {
            out.say("bridge.push.disabled", pending);
        } else if (done.stoppedBy().isDefined()) {
            out.say("bridge.push.stopped", done.batches(), done.records(), pending);
            out.bridgeFailure(done.stoppedBy().get(), true);
        } else if (done.batches() == 0) {
            out.say("bridge.push.nothing");
        } else {
            out.say("bridge.push.sent", done.records(), done.batches(), done.resent(), pending);
        }
    }
}
