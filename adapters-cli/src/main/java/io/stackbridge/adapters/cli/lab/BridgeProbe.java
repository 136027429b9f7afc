package io.stackbridge.adapters.cli.lab;

import io.stackbridge.domain.bridge.BridgeRun;
import io.stackbridge.domain.bridge.Diagnosis;
import io.stackbridge.domain.error.DomainError;
import io.vavr.control.Either;

/**
 * How a bridge lab looks at the path to Azure: a push with one attempt while usage waits (the way an
 * operator meets the problem), otherwise the bridge's diagnosis, which reaches the same endpoints
 * without anything to send.
 */
final class BridgeProbe {

    static final String PUSH = "stackbridge bridge push --attempts 1";
    static final String DIAGNOSE = "stackbridge bridge diagnose";

    private BridgeProbe() {
    }

    static Probe look(LabSession session, boolean diagnoseOnly) {
        if (!diagnoseOnly && LabStamp.pending(session) > 0) {
            return new Probe(PUSH, pushed(session, session.stamp().runBridge().run()));
        }
        return new Probe(DIAGNOSE, diagnosed(session, session.stamp().diagnoseBridge().diagnose()));
    }

    private static Either<Symptom, String> pushed(LabSession session, Either<DomainError, BridgeRun> run) {
        if (run.isLeft()) {
            return Either.left(Symptom.of(run.getLeft(), session.language()));
        }
        BridgeRun done = run.get();
        return done.stoppedBy().isDefined()
                ? Either.left(Symptom.of(done.stoppedBy().get(), session.language()))
                : Either.right(session.text("lab.probe.pushed", done.records(), done.batches()));
    }

    private static Either<Symptom, String> diagnosed(LabSession session, Either<DomainError, Diagnosis> diagnosis) {
        if (diagnosis.isLeft()) {
            return Either.left(Symptom.of(diagnosis.getLeft(), session.language()));
        }
        return diagnosis.get().firstFailure().flatMap(step -> step.failure())
                .<Either<Symptom, String>>map(error -> Either.left(Symptom.of(error, session.language())))
                .getOrElse(() -> Either.right(session.text("lab.probe.diagnosed", diagnosis.get().steps().size())));
    }
}
