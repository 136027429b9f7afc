package io.stackbridge.adapters.cli.bridge;

import io.stackbridge.adapters.cli.console.CliText;
import io.stackbridge.adapters.cli.console.OutputOption;
import io.stackbridge.adapters.cli.console.Progress;
import io.stackbridge.adapters.cli.stack.StackCommand;
import io.stackbridge.adapters.cli.stack.StackOptions;
import io.stackbridge.adapters.cli.stack.StackRequest;
import io.stackbridge.adapters.cli.stack.StackSubcommand;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.atomic.AtomicReference;

/** {@code stackbridge bridge push}: drains the outbox once; exit code 0 only when Azure confirmed everything. */
@Command(name = "push", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Sends what waits in the outbox to Azure's usage service once, batch by batch, retrying transient "
                + "failures; stops at a failure that needs an operator and exits with its code.")
public final class BridgePushCommand extends StackSubcommand {

    @Mixin
    private BridgeOptions bridge;

    @Mixin
    private StackOptions stack;

    @Mixin
    private OutputOption output;

    @Inject
    public BridgePushCommand(StackCommand command) {
        super(command, BridgeCommands.class);
    }

    @Override
    public Integer call() {
        CliText text = command.console(stack).text();
        AtomicReference<Progress> progress = new AtomicReference<>(Progress.NONE);
        StackRequest request = bridge.delivering(stack, spec, text).watchingPushes(records -> progress.get().advance(records));
        return command.run(stack, request, (useCases, out) -> {
            try (Progress bar = out.progress("progress.push", useCases.readBridgeStatus().status().pendingCount(), output.json())) {
                progress.set(bar);
                return BridgeRuns.exitCode(BridgeRuns.runOnce(useCases, out, output.json()));
            }
        });
    }
}
