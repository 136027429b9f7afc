package io.stackbridge.adapters.cli.lab;

import io.stackbridge.adapters.cli.CommandGroup;
import io.stackbridge.adapters.cli.Subcommand;
import io.stackbridge.adapters.cli.stack.AzureAdminOptions;
import io.stackbridge.adapters.cli.stack.StackOptions;
import io.vavr.control.Option;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What the {@code lab} commands that reach the emulator ({@code start}, {@code check}, {@code reset}) share: their
 * place under {@code lab}, the stamp's options ({@code --data-dir}, {@code --lang}, …), the emulator's
 * ({@code --azure}, {@code --ca}, {@code --timeout}) and the runner that opens both.
 */
abstract class LabSubcommand implements Subcommand {

    @Mixin
    protected AzureAdminOptions azure;

    @Mixin
    protected StackOptions stack;

    @Spec
    protected CommandSpec spec;

    protected final LabRunner runner;

    LabSubcommand(LabRunner runner) {
        this.runner = runner;
    }

    @Override
    public Option<Class<? extends CommandGroup>> group() {
        return Option.some(LabCommands.class);
    }
}
