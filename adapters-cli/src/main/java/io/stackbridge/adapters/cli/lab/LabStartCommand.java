package io.stackbridge.adapters.cli.lab;

import io.stackbridge.adapters.cli.console.CliText;
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
        return LabPlays.start(session, stack.dataDirectory(), lab).fold(session.out()::error, LabPlays::started);
    }
}
