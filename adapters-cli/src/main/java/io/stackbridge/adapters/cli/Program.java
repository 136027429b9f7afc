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
        commands.stream().sorted(Comparator.comparing(Program::place)).forEach(command -> command.group()
                .map(group -> groupOf(line, group))
                .getOrElse(line)
                .addSubcommand(command));
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

    private static String name(Object command) {
        return command.getClass().getAnnotation(CommandLine.Command.class).name();
    }

    /** Where a command is listed: by its group's name, then its own. */
    private static String place(Subcommand command) {
        return command.group().map(group -> group.getAnnotation(CommandLine.Command.class).name() + " ").getOrElse("") + name(command);
    }

    /** The group's command line under {@code line}, added the first time a command of the group comes. */
    private static CommandLine groupOf(CommandLine line, Class<? extends CommandGroup> group) {
        String name = group.getAnnotation(CommandLine.Command.class).name();
        if (!line.getSubcommands().containsKey(name)) {
            line.addSubcommand(new CommandLine(group));
        }
        return line.getSubcommands().get(name);
    }

    private static String describe(Throwable failure) {
        return failure.getMessage() == null ? failure.getClass().getSimpleName()
                : failure.getClass().getSimpleName() + ": " + failure.getMessage();
    }
}
