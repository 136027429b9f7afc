package io.stackbridge.adapters.cli.lab;

import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.registration.RegistrationKey;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * A lab on the bridge's path to Azure: usage waits in the outbox, something on the path is broken, and
 * the trainee meets it as a failing push (or, for a certificate the bridge never trusts, a diagnosis).
 */
record BridgeLab(LabName name, Breaker breaker, boolean diagnoseOnly) implements Lab {

    @Override
    public Either<DomainError, LabState> start(LabSession session, RegistrationKey registration) {
        LabStamp.usageWaiting(session);
        return breaker.breakIt(session, registration).map(broken -> LabState.started(name, broken, Option.none()));
    }

    @Override
    public Probe symptom(LabSession session, LabState state) {
        return BridgeProbe.look(session, diagnoseOnly);
    }

    @Override
    public Probe check(LabSession session, LabState state, RegistrationKey registration) {
        return BridgeProbe.look(session, diagnoseOnly);
    }
}
