package io.stackbridge.adapters.cli.stamp;

import io.stackbridge.adapters.cli.ExitCodes;
import io.stackbridge.adapters.cli.stack.StackCommand;
import io.stackbridge.adapters.cli.stack.StackOptions;
import io.stackbridge.adapters.cli.stack.StackRequest;
import io.stackbridge.adapters.cli.stack.StackSubcommand;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code stackbridge stamp deactivate}: removes the stamp's activation, as Remove-AzureStackActivation does. */
@Command(name = "deactivate", mixinStandardHelpOptions = true,
        description = "Removes the stamp's activation: the bridge stops reporting; the registration resource in Azure is left as it is.")
public final class StampDeactivateCommand extends StackSubcommand {

    @Mixin
    private StackOptions stack;

    @Inject
    public StampDeactivateCommand(StackCommand command) {
        super(command, StampCommands.class);
    }

    @Override
    public Integer call() {
        return command.run(stack, StackRequest.local(stack), (useCases, out) ->
                useCases.deactivateStamp().deactivate().fold(out::error, removed -> {
                    out.say("stamp.deactivate.done", removed.claims().cloudId(), removed.registration().name());
                    return ExitCodes.OK;
                }));
    }
}
