package io.stackbridge.adapters.cli.lab;

import io.stackbridge.adapters.cli.CommandGroup;
import io.stackbridge.adapters.cli.ExitCodes;
import io.stackbridge.adapters.cli.Subcommand;
import io.stackbridge.adapters.cli.console.CliText;
import io.stackbridge.adapters.cli.stack.StackConsole;
import io.stackbridge.adapters.cli.stack.StackOptions;
import io.vavr.control.Option;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code stackbridge lab hint NAME}: the started lab's next hint; the last one names the exact command that fixes it. */
@Command(name = "hint", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Gives the started lab's next hint: where to look first, then what is wrong, and last the exact command that fixes it.")
public final class LabHintCommand implements Subcommand {

    /** How many hints each lab has. */
    static final int HINTS = 3;

    @Parameters(index = "0", paramLabel = "NAME", descriptionKey = "lab.name", description = "The lab, as lab list names it.")
    private String name;

    @Mixin
    private StackOptions stack;

    @Spec
    private CommandSpec spec;

    private final LabRunner runner;

    @Inject
    public LabHintCommand(LabRunner runner) {
        this.runner = runner;
    }

    @Override
    public Option<Class<? extends CommandGroup>> group() {
        return Option.some(LabCommands.class);
    }

    @Override
    public Integer call() {
        StackConsole out = runner.console(stack);
        CliText text = out.text();
        LabName lab = LabChoices.lab(spec, text, name);
        LabState state = LabStateFile.read(stack.dataDirectory());
        if (!state.isStarted(lab)) {
            return LabProblems.notStarted(runner.output(), text, lab, state);
        }
        return runner.runLocal(stack, properties -> {
            LabPlays.hint(out, stack.dataDirectory(), state, lab, properties, runner.defaults());
            return ExitCodes.OK;
        });
    }
}
