package io.stackbridge.adapters.cli.stamp;

import io.stackbridge.adapters.cli.ExitCodes;
import io.stackbridge.adapters.cli.stack.AzureOptions;
import io.stackbridge.adapters.cli.stack.StackCommand;
import io.stackbridge.adapters.cli.stack.StackConsole;
import io.stackbridge.adapters.cli.stack.StackOptions;
import io.stackbridge.adapters.cli.stack.StackRequest;
import io.stackbridge.adapters.cli.stack.StackSubcommand;
import io.stackbridge.adapters.cli.stack.StackUseCases;
import io.stackbridge.domain.registration.ActivationKey;
import io.stackbridge.domain.stamp.Activation;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code stackbridge stamp activate --key FILE|-}: verifies an activation key against Azure's published key and applies it. */
@Command(name = "activate", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Applies an activation key, as New-AzureStackActivation does: its signature must verify against the "
                + "published key of the Azure it came from, and it must name this stamp and its bridge principal.")
public final class StampActivateCommand extends StackSubcommand {

    @picocli.CommandLine.Option(names = "--key", paramLabel = "FILE", required = true,
            description = "The file holding the activation key, or - to read it from standard input.")
    private String key;

    @Mixin
    private AzureOptions azure;

    @Mixin
    private StackOptions stack;

    @Inject
    public StampActivateCommand(StackCommand command) {
        super(command, StampCommands.class);
    }

    @Override
    public Integer call() {
        StackConsole console = command.console(stack);
        StackRequest request = StackRequest.reaching(stack, azure.choice(spec, console.text()));
        return KeySource.read(key, command.input()).fold(console::problem,
                activationKey -> command.run(stack, request, (useCases, out) -> apply(useCases, out, activationKey)));
    }

    private static int apply(StackUseCases useCases, StackConsole out, ActivationKey key) {
        return useCases.applyActivationKey().apply(key).fold(out::error, activation -> {
            applied(out, activation);
            return ExitCodes.OK;
        });
    }

    static void applied(StackConsole out, Activation activation) {
        out.say("stamp.activate.done", activation.claims().cloudId(), activation.registration().name(),
                activation.registration().resourceGroup(), activation.registration().subscriptionId(), activation.usageEndpoint());
    }
}
