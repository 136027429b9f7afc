package io.stackbridge.adapters.cli;

import io.stackbridge.adapters.cli.console.CliText;
import io.stackbridge.adapters.cli.console.ConsoleOutput;
import io.stackbridge.adapters.cli.console.UnknownOptionValues;
import io.stackbridge.adapters.cli.console.HelpLanguage;
import io.stackbridge.adapters.cli.serve.PlainServeLine;
import io.stackbridge.adapters.cli.serve.ServeCommand;
import io.vavr.control.Option;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import picocli.CommandLine;

import java.util.Comparator;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Runs one command line: parses it, runs the chosen command, and answers the exit code; output goes
 * through the console. A plain {@code serve} line (see {@link PlainServeLine}) is read without picocli.
 */
public final class Program {

    private final ConsoleOutput console;
    private final Provider<Set<Subcommand>> commands;
    private final Supplier<Option<ServeCommand>> serve;

    /** The program of these commands. */
    public Program(ConsoleOutput console, Set<Subcommand> commands) {
        this(() -> Option.ofOptional(commands.stream().filter(ServeCommand.class::isInstance).map(ServeCommand.class::cast).findFirst()),
                console, () -> commands);
    }

    /** The program of the wired commands, made only when a line needs them: a plain {@code serve} line needs that command alone. */
    @Inject
    public Program(ConsoleOutput console, Provider<Set<Subcommand>> commands, Provider<ServeCommand> serve) {
        this(() -> Option.some(serve.get()), console, commands);
    }

    private Program(Supplier<Option<ServeCommand>> serve, ConsoleOutput console, Provider<Set<Subcommand>> commands) {
        this.console = console;
        this.commands = commands;
        this.serve = serve;
    }

    public int run(String... args) {
        return PlainServeLine.of(args).flatMap(plain -> serve.get().map(command -> served(command, plain))).getOrElse(() -> parsed(args));
    }

    /** A plain {@code serve} line, run without picocli's model of the command: the same command, settings and answers. */
    private int served(ServeCommand serve, PlainServeLine plain) {
        try {
            return serve.serve(plain.settings(), plain.dataDirectory());
        } catch (Exception failure) {
            return unexpected(failure);
        }
    }

    private int parsed(String... args) {
        return commandLine(args).execute(args);
    }

    /**
     * picocli's model of the commands {@code args} may run (all of them when {@code args} name none), with
     * the help texts and the {@code --lang} default of the language the line asks for.
     */
    public CommandLine commandLine(String... args) {
        HelpLanguage language = HelpLanguage.scan(args);
        CommandLine line = new CommandLine(new StackBridge());
        named(language.rest().toJavaArray(String[]::new)).stream().sorted(Comparator.comparing(Program::place)).forEach(command -> command.group()
                .map(group -> groupOf(line, group))
                .getOrElse(line)
                .addSubcommand(command));
        line.setOut(console.out())
                .setErr(console.err())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler((failure, command, parsed) -> unexpected(failure));
        ExitCodes.applyTo(line);
        language.applyTo(line);
        UnknownOptionValues.hideIn(line);
        return line;
    }

    /**
     * The commands the line may run, and no more: picocli reads every command's annotations to build its
     * model, the largest part of a short command's start. A line that starts with a command's name (or
     * its group's, then a command's name in it) needs that command only (or that group's); any other
     * line (options first, a misspelt name, nothing) gets them all; {@code --lang} and its value are left out of {@code args}, so help and usage errors are as before.
     */
    private Set<Subcommand> named(String... args) {
        Set<Subcommand> all = commands.get();
        Set<Subcommand> first = matching(all, args, 0, command -> path(command).get(0));
        return first.size() == all.size() ? first
                : matching(first, args, 1, command -> path(command).size() > 1 ? path(command).get(1) : "");
    }

    /** Those of {@code among} whose {@code level} name is {@code args[index]}, or all of them when none is. */
    private static Set<Subcommand> matching(Set<Subcommand> among, String[] args, int index, Function<Subcommand, String> level) {
        if (args.length <= index) {
            return among;
        }
        Set<Subcommand> named = among.stream().filter(command -> level.apply(command).equals(args[index])).collect(Collectors.toSet());
        return named.isEmpty() ? among : named;
    }

    private static String name(Object command) {
        return command.getClass().getAnnotation(CommandLine.Command.class).name();
    }

    /** Where a command is listed: by its groups' names, outermost first, then its own. */
    private static String place(Subcommand command) {
        return String.join(" ", path(command));
    }

    /** The names a command line spells to reach {@code command}: its groups', outermost first, then its own. */
    private static java.util.List<String> path(Subcommand command) {
        java.util.List<String> names = new java.util.ArrayList<>();
        Class<? extends CommandGroup> group = command.group().getOrNull();
        while (group != null) {
            names.add(0, group.getAnnotation(CommandLine.Command.class).name());
            ParentGroup parent = group.getAnnotation(ParentGroup.class);
            group = parent == null ? null : parent.value();
        }
        names.add(name(command));
        return names;
    }

    /** The group's command line (under its parent group's, or {@code line}), added the first time a command of the group comes. */
    private static CommandLine groupOf(CommandLine line, Class<? extends CommandGroup> group) {
        ParentGroup parent = group.getAnnotation(ParentGroup.class);
        CommandLine under = parent == null ? line : groupOf(line, parent.value());
        String name = group.getAnnotation(CommandLine.Command.class).name();
        if (!under.getSubcommands().containsKey(name)) {
            under.addSubcommand(new CommandLine(group));
        }
        return under.getSubcommands().get(name);
    }

    private int unexpected(Exception failure) {
        console.problem(CliText.english().format("failure.unexpected", describe(failure)));
        return ExitCodes.FAILURE;
    }

    private static String describe(Throwable failure) {
        return failure.getMessage() == null ? failure.getClass().getSimpleName()
                : failure.getClass().getSimpleName() + ": " + failure.getMessage();
    }
}
