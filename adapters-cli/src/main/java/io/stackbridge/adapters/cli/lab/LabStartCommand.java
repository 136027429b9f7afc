package io.stackbridge.adapters.cli.lab;

import io.stackbridge.adapters.cli.console.CliText;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.registration.RegistrationKey;
import io.vavr.control.Either;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code stackbridge lab start NAME}: prepares the stamp, breaks something and shows only the symptom. */
@Command(name = "start", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Starts a lab: gets the stamp registered (creating it if needed), breaks something on the path to Azure or in "
                + "tenant onboarding, and shows what an operator would meet, not why.")
public final class LabStartCommand extends LabSubcommand {

    @Parameters(index = "0", paramLabel = "NAME", descriptionKey = "lab.name", description = "The lab, as lab list names it.")
    private String name;

    @Inject
    public LabStartCommand(LabRunner runner) {
        super(runner);
    }

    @Override
    public Integer call() {
        CliText text = runner.console(stack).text();
        LabName lab = LabChoices.lab(spec, text, name);
        return runner.run(stack, LabChoices.emulator(spec, text, azure), true, session -> start(session, lab));
    }

    private int start(LabSession session, LabName lab) {
        LabState before = LabStateFile.read(stack.dataDirectory());
        if (before.started().isDefined()) {
            Undoing.undo(session, before.broken()).forEach(failed -> session.out().say("lab.reset.failed", failed.code().name(), failed.message()));
            LabStateFile.write(stack.dataDirectory(), LabState.NONE);
            session.out().say("lab.start.resetFirst", before.started().get().labName());
        }
        Either<DomainError, RegistrationKey> registered = LabStamp.registered(session);
        if (registered.isLeft()) {
            return session.out().error(registered.getLeft());
        }
        RegistrationKey key = registered.get();
        session.out().say("lab.start.ready", session.stamp().readRegionProperties().properties().cloudId(), key.name(),
                key.subscriptionId());
        Lab play = Labs.of(lab);
        Either<DomainError, LabState> started = play.start(session, key);
        if (started.isLeft()) {
            return session.out().error(started.getLeft());
        }
        LabStateFile.write(stack.dataDirectory(), started.get());
        return LabStory.symptom(session, started.get(), play.symptom(session, started.get()));
    }
}
