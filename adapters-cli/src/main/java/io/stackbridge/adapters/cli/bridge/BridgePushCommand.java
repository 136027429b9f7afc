package io.stackbridge.adapters.cli.bridge;

import io.stackbridge.adapters.cli.CommandGroup;
import io.stackbridge.adapters.cli.Subcommand;
import io.stackbridge.adapters.cli.console.CliText;
import io.stackbridge.adapters.cli.stack.AzureOptions;
import io.stackbridge.adapters.cli.stack.StackCommand;
import io.stackbridge.adapters.cli.stack.StackOptions;
import io.stackbridge.adapters.cli.stack.StackRequest;
import io.vavr.control.Option;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code stackbridge bridge push}: drains the outbox once; exit code 0 only when Azure confirmed everything. */
@Command(name = "push", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Sends what waits in the outbox to Azure's usage service once, batch by batch, retrying transient "
                + "failures; stops at a failure that needs an operator and exits with its code.")
public final class BridgePushCommand implements Subcommand {

    @Mixin
    private BridgeOptions bridge;

    @Mixin
    private AzureOptions azure;

    @Mixin
    private StackOptions stack;

    @Spec
    private CommandSpec spec;

    private final StackCommand command;

    @Inject
    public BridgePushCommand(StackCommand command) {
        this.command = command;
    }

    @Override
    public Option<Class<? extends CommandGroup>> group() {
        return Option.some(BridgeCommands.class);
    }

    @Override
    public Integer call() {
        CliText text = command.console(stack).text();
        StackRequest request = bridge.applyTo(StackRequest.reaching(stack, azure.choice(spec, text)), spec, text);
        return command.run(stack, request, (useCases, out) -> BridgeRuns.exitCode(BridgeRuns.runOnce(useCases, out)));
    }
}
