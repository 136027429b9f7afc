package io.stackbridge.adapters.cli.lab;

import io.stackbridge.adapters.cli.ExitCodes;
import io.stackbridge.adapters.cli.console.CliText;
import io.vavr.collection.List;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;

/**
 * {@code stackbridge lab reset}: undoes what the started lab broke (its fault rules, the approval or
 * billing model it changed, the registration it deleted) and forgets the lab.
 * What cannot be undone is named, and the lab is kept so that reset can be run again.
 */
@Command(name = "reset", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Undoes what the started lab broke (fault rules, approval, billing model, registration) "
                + "and forgets the lab.")
public final class LabResetCommand extends LabSubcommand {

    @Inject
    public LabResetCommand(LabRunner runner) {
        super(runner);
    }

    @Override
    public Integer call() {
        CliText text = runner.console(stack).text();
        var emulator = LabChoices.emulator(spec, text, azure);
        LabState state = LabStateFile.read(stack.dataDirectory());
        if (state.started().isEmpty()) {
            runner.console(stack).say("lab.reset.nothing");
            return ExitCodes.OK;
        }
        return runner.run(stack, emulator, false, session -> {
            List<Symptom> failed = LabPlays.reset(session, stack.dataDirectory(), state);
            return failed.isEmpty() ? ExitCodes.OK : ExitCodes.of(failed.head().code());
        });
    }
}
