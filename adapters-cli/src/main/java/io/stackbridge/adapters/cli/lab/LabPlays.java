package io.stackbridge.adapters.cli.lab;

import io.stackbridge.adapters.cli.ExitCodes;
import io.stackbridge.adapters.cli.stack.StackConsole;
import io.stackbridge.adapters.cli.stack.StackDefaults;
import io.stackbridge.application.port.in.stamp.RegisterStampUseCase.Request;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.id.RegistrationName;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.registration.RegistrationKey;
import io.stackbridge.domain.stamp.RegionProperties;
import io.vavr.collection.List;
import io.vavr.control.Either;

import java.nio.file.Path;

/**
 * What {@code lab start}, {@code check}, {@code hint} and {@code reset} do and tell, whoever asks (a
 * terminal or the portal): on a session's stamp, the lab's state kept in {@code directory}.
 */
final class LabPlays {

    private LabPlays() {
    }

    /** Resets a lab started before, registers the stamp, breaks things and tells the symptom; the symptom's probe, or the error that stopped it (untold). */
    static Either<DomainError, Probe> start(LabSession session, Path directory, LabName lab) {
        LabState before = LabStateFile.read(directory);
        if (before.started().isDefined()) {
            Undoing.undo(session, before.broken()).forEach(failed -> session.out().say("lab.reset.failed", failed.code().name(), failed.message()));
            LabStateFile.write(directory, LabState.NONE);
            session.out().say("lab.start.resetFirst", before.started().get().labName());
        }
        Either<DomainError, RegistrationKey> registered = LabStamp.registered(session);
        if (registered.isLeft()) {
            return Either.left(registered.getLeft());
        }
        RegistrationKey key = registered.get();
        session.out().say("lab.start.ready", session.stamp().readRegionProperties().properties().cloudId(), key.name(),
                key.subscriptionId());
        Lab play = Labs.of(lab);
        Either<DomainError, LabState> started = play.start(session, key);
        if (started.isLeft()) {
            return Either.left(started.getLeft());
        }
        LabStateFile.write(directory, started.get());
        Probe probe = play.symptom(session, started.get());
        LabStory.symptom(session, started.get(), probe);
        return Either.right(probe);
    }

    /** The exit code of a start that met {@code probe}: a lab that broke nothing failed. */
    static int started(Probe probe) {
        return probe.fixed() ? ExitCodes.FAILURE : ExitCodes.OK;
    }

    /** Looks whether the started lab is fixed and keeps the answer in the lab's state. */
    static Probe check(LabSession session, Path directory, LabState state, LabName lab) {
        Probe probe = Labs.of(lab).check(session, state, registration(session.stamp().readRegionProperties().properties(), session.defaults()));
        LabStateFile.write(directory, state.withFixed(probe.fixed()));
        return probe;
    }

    /** Tells a check's answer as lines. */
    static void tell(StackConsole out, LabName lab, Probe probe) {
        if (probe.fixed()) {
            out.say("lab.check.fixed", lab.labName());
            out.show("  $ " + probe.command());
            out.show("  " + probe.outcome().get());
        } else {
            out.say("lab.check.notFixed", lab.labName());
            out.show("  $ " + probe.command());
            Symptom met = probe.outcome().getLeft();
            out.show("  " + out.text().format("lab.symptom", met.code().name(), met.message()));
        }
    }

    /** Tells the started lab's next hint and counts it; its number. */
    static int hint(StackConsole out, Path directory, LabState state, LabName lab, RegionProperties properties, StackDefaults defaults) {
        int next = Math.min(state.hints() + 1, LabHintCommand.HINTS);
        Object[] values = Labs.of(lab).hintValues(state, registration(properties, defaults));
        out.say("lab.hint.heading", next, LabHintCommand.HINTS);
        out.show(out.text().format("lab." + lab.labName() + ".hint." + next, values));
        if (state.hints() >= LabHintCommand.HINTS) {
            out.say("lab.hint.last");
        }
        LabStateFile.write(directory, state.withHints(next));
        return next;
    }

    /** Puts back what the started lab broke and forgets it; what could not be put back (the lab then kept), told as problems. */
    static List<Symptom> reset(LabSession session, Path directory, LabState state) {
        List<Symptom> failed = Undoing.undo(session, state.broken());
        if (failed.nonEmpty()) {
            failed.forEach(symptom -> session.out().sayProblem("lab.reset.failed", symptom.code().name(), symptom.message()));
            return failed;
        }
        LabStateFile.write(directory, LabState.NONE);
        session.out().say("lab.reset.done", state.started().get().labName(), state.broken().size());
        return failed;
    }

    /** The stamp's registration as its properties name it, or where a lab would have registered it. */
    static RegistrationKey registration(RegionProperties properties, StackDefaults defaults) {
        return properties.registration().getOrElse(() -> new RegistrationKey(SubscriptionId.of(defaults.registrationSubscription()),
                Request.DEFAULT_RESOURCE_GROUP, RegistrationName.conventionalFor(properties.cloudId())));
    }
}
