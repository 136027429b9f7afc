package io.stackbridge.adapters.cli.stack;

import io.stackbridge.adapters.cli.CommandGroup;
import io.stackbridge.adapters.cli.Subcommand;
import io.vavr.control.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.Objects;

/**
 * What every stack-side command ({@code stamp …}, {@code usage …}, {@code bridge …}) has: the group
 * it sits under, picocli's model of it for usage errors, and the {@link StackCommand} that opens the
 * data directory and runs it. Each command declares its own option mixins.
 */
public abstract class StackSubcommand implements Subcommand {

    protected final StackCommand command;
    private final Class<? extends CommandGroup> group;

    @Spec
    protected CommandSpec spec;

    protected StackSubcommand(StackCommand command, Class<? extends CommandGroup> group) {
        this.command = command;
        this.group = Objects.requireNonNull(group, "group");
    }

    @Override
    public final Option<Class<? extends CommandGroup>> group() {
        return Option.some(group);
    }
}
