package io.stackbridge.adapters.cli.lab;

import io.stackbridge.adapters.cli.ExitCodes;
import io.stackbridge.adapters.cli.console.CliText;
import io.stackbridge.adapters.cli.console.JsonOutput;
import io.stackbridge.adapters.cli.console.OutputOption;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code stackbridge lab check NAME}: whether the started lab is fixed; if not, what still fails. Exit 0
 * when fixed; otherwise the exit code of the command that still fails (5 for a bridge code, 4 for a
 * refused onboarding), and 3 when that lab is not the one started.
 */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Checks whether the started lab is fixed, the way an operator would (a push with one attempt, a look for the "
                + "tenant's customer subscription); if not, shows what still fails.")
public final class LabCheckCommand extends LabSubcommand {

    @Parameters(index = "0", paramLabel = "NAME", descriptionKey = "lab.name", description = "The lab, as lab list names it.")
    private String name;

    @Mixin
    private OutputOption output;

    @Inject
    public LabCheckCommand(LabRunner runner) {
        super(runner);
    }

    @Override
    public Integer call() {
        CliText text = runner.console(stack).text();
        LabName lab = LabChoices.lab(spec, text, name);
        var emulator = LabChoices.emulator(spec, text, azure);
        LabState state = LabStateFile.read(stack.dataDirectory());
        if (!state.isStarted(lab)) {
            return LabProblems.notStarted(runner.output(), text, lab, state);
        }
        return runner.run(stack, emulator, false, session -> check(session, state, lab));
    }

    private int check(LabSession session, LabState state, LabName lab) {
        Probe probe = LabPlays.check(session, stack.dataDirectory(), state, lab);
        if (output.json()) {
            JsonOutput.print(runner.output(), document(lab, probe));
        } else {
            LabPlays.tell(session.out(), lab, probe);
        }
        return probe.outcome().fold(met -> ExitCodes.of(met.code()), done -> ExitCodes.OK);
    }

    private static Map<String, Object> document(LabName lab, Probe probe) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("lab", lab.labName());
        document.put("code", lab.code().name());
        document.put("fixed", probe.fixed());
        document.put("command", probe.command());
        probe.outcome().peekLeft(met -> {
            Map<String, Object> failure = new LinkedHashMap<>();
            failure.put("code", met.code().name());
            failure.put("message", met.message());
            document.put("failure", failure);
        }).peek(result -> document.put("result", result));
        return document;
    }
}
