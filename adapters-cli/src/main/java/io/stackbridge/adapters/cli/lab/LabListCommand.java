package io.stackbridge.adapters.cli.lab;

import io.stackbridge.adapters.cli.CommandGroup;
import io.stackbridge.adapters.cli.ExitCodes;
import io.stackbridge.adapters.cli.Subcommand;
import io.stackbridge.adapters.cli.console.CliText;
import io.stackbridge.adapters.cli.console.JsonOutput;
import io.stackbridge.adapters.cli.console.OutputOption;
import io.stackbridge.adapters.cli.console.TextTable;
import io.stackbridge.adapters.cli.stack.StackOptions;
import io.vavr.collection.List;
import io.vavr.control.Option;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.Map;

/** {@code stackbridge lab list}: every lab with the code it teaches and its state in this data directory. */
@Command(name = "list", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Lists the labs: name, the code each makes you meet, and its state here (not started, started, fixed).")
public final class LabListCommand implements Subcommand {

    @Mixin
    private OutputOption output;

    @Mixin
    private StackOptions stack;

    private final LabRunner runner;

    @Inject
    public LabListCommand(LabRunner runner) {
        this.runner = runner;
    }

    @Override
    public Option<Class<? extends CommandGroup>> group() {
        return Option.some(LabCommands.class);
    }

    /** One lab as {@code --output json} writes it. */
    record LabRow(String name, String code, String state, int hints) {
    }

    @Override
    public Integer call() {
        LabState state = LabStateFile.read(stack.dataDirectory());
        List<LabRow> rows = List.of(LabName.values()).map(lab -> new LabRow(lab.labName(), lab.code().name(), stateOf(state, lab),
                state.isStarted(lab) ? state.hints() : 0));
        if (output.json()) {
            JsonOutput.print(runner.output(), Map.of("labs", rows.toJavaList()));
            return ExitCodes.OK;
        }
        CliText text = runner.console(stack).text();
        TextTable.of(List.of(text.format("lab.list.name"), text.format("lab.list.code"), text.format("lab.list.state")))
                .rows(rows.map(row -> List.of(row.name(), row.code(), text.format("lab.state." + row.state()))))
                .print(runner.output());
        return ExitCodes.OK;
    }

    private static String stateOf(LabState state, LabName lab) {
        if (!state.isStarted(lab)) {
            return "not-started";
        }
        return state.fixed() ? "fixed" : "started";
    }
}
