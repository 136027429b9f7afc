package io.stackbridge.adapters.cli.stamp;

import io.stackbridge.adapters.cli.ExitCodes;
import io.stackbridge.adapters.cli.console.OutputOption;
import io.stackbridge.adapters.cli.stack.StackCommand;
import io.stackbridge.adapters.cli.stack.StackOptions;
import io.stackbridge.adapters.cli.stack.StackRequest;
import io.stackbridge.adapters.cli.stack.StackSubcommand;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code stackbridge stamp token}: prints the stamp's registration token, as New-RegistrationToken does. */
@Command(name = "token", mixinStandardHelpOptions = true,
        description = "Prints the stamp's registration token (Base64 of its JSON content), ready for a registration PUT.")
public final class StampTokenCommand extends StackSubcommand {

    @Mixin
    private StackOptions stack;

    @Mixin
    private OutputOption output;

    @Inject
    public StampTokenCommand(StackCommand command) {
        super(command, StampCommands.class);
    }

    @Override
    public Integer call() {
        return command.run(stack, StackRequest.local(stack), (useCases, out) ->
                useCases.generateRegistrationToken().generate().fold(out::error, token -> {
                    if (output.json()) {
                        out.json(java.util.Map.of("registrationToken", token));
                    } else {
                        out.show(token);
                    }
                    return ExitCodes.OK;
                }));
    }
}
