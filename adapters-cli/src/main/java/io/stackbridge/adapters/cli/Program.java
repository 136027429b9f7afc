package io.stackbridge.adapters.cli;

import io.stackbridge.adapters.cli.console.CliText;
import io.stackbridge.adapters.cli.console.ConsoleOutput;
import jakarta.inject.Inject;
import picocli.CommandLine;

import java.util.Comparator;
import java.util.Set;

/** Runs one command line: parses it, runs the chosen command, and answers the exit code; output goes through the console. */
public final class Program {

    private final ConsoleOutput console;
    private final Set<Subcommand> commands;

    @Inject
    public Program(ConsoleOutput console, Set<Subcommand> commands) {
        this.console = console;
        this.commands = commands;
    }

    public int run(String... args) {
        CommandLine line = new CommandLine(new StackBridge());
        commands.stream().sorted(Comparator.comparing(Program::name)).forEach(line::addSubcommand);
        line.setOut(console.out())
                .setErr(console.err())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler((failure, command, parsed) -> {
                    console.problem(CliText.english().format("failure.unexpected", describe(failure)));
                    return ExitCodes.FAILURE;
                });
        ExitCodes.applyTo(line);
        return line.execute(args);
    }

    private static String name(Subcommand command) {
        return command.getClass().getAnnotation(CommandLine.Command.class).name();
    }

    private static String describe(Throwable failure) {
        return failure.getMessage() == null ? failure.getClass().getSimpleName()
                : failure.getClass().getSimpleName() + ": " + failure.getMessage();
    }
}
