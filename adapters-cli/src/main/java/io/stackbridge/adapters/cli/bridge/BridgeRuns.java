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
        Either<DomainError, BridgeRun> run = useCases.runBridge().run();
        report(out, run, useCases.readBridgeStatus().status().pendingCount());
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
