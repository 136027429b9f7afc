package io.stackbridge.adapters.cli.stamp;

import io.stackbridge.adapters.cli.ExitCodes;
import io.stackbridge.adapters.cli.console.CliText;
import io.stackbridge.adapters.cli.stack.AzureOptions;
import io.stackbridge.adapters.cli.stack.StackCommand;
import io.stackbridge.adapters.cli.stack.StackConsole;
import io.stackbridge.adapters.cli.stack.StackDefaults;
import io.stackbridge.adapters.cli.stack.StackOptions;
import io.stackbridge.adapters.cli.stack.StackRequest;
import io.stackbridge.adapters.cli.stack.StackSubcommand;
import io.stackbridge.adapters.cli.stack.StackUseCases;
import io.stackbridge.application.port.in.stamp.RegisterStampUseCase.Request;
import io.stackbridge.domain.id.RegistrationName;
import io.stackbridge.domain.id.ResourceGroupName;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.stamp.RegistrationRun;
import io.vavr.control.Option;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import static io.stackbridge.adapters.cli.stack.OptionValues.valid;

/** {@code stackbridge stamp register}: the whole Set-AzsRegistration flow against Azure, printing each step. */
@Command(name = "register", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Registers the stamp as Set-AzsRegistration does: resource provider, resource group, registration "
                + "resource from a fresh token, activation key, and its activation on the stamp; each step is shown.")
public final class StampRegisterCommand extends StackSubcommand {

    @picocli.CommandLine.Option(names = "--subscription", paramLabel = "GUID",
            description = "The Azure subscription of the registration (default: the well-known CSP registration subscription).")
    private String subscription;

    @picocli.CommandLine.Option(names = "--resource-group", paramLabel = "NAME", defaultValue = "azurestack",
            description = "The registration's resource group (default: ${DEFAULT-VALUE}).")
    private String resourceGroup;

    @picocli.CommandLine.Option(names = "--name", paramLabel = "NAME", description = "The registration's name (default: azurestack-CLOUDID).")
    private String name;

    @picocli.CommandLine.Option(names = "--location", paramLabel = "REGION", defaultValue = Request.DEFAULT_LOCATION,
            description = "The resource group's location (default: ${DEFAULT-VALUE}).")
    private String location;

    @Mixin
    private RegisterBillingOption billing;

    @Mixin
    private AzureOptions azure;

    @Mixin
    private StackOptions stack;

    private final StackDefaults defaults;

    @Inject
    public StampRegisterCommand(StackCommand command, StackDefaults defaults) {
        super(command, StampCommands.class);
        this.defaults = defaults;
    }

    @Override
    public Integer call() {
        CliText text = command.console(stack).text();
        SubscriptionId inSubscription = valid(spec, text, "--subscription",
                SubscriptionId.parse(subscription == null ? defaults.registrationSubscription() : subscription));
        ResourceGroupName group = valid(spec, text, "--resource-group", ResourceGroupName.parse(resourceGroup));
        Option<RegistrationName> named = Option.of(name).map(given -> valid(spec, text, "--name", RegistrationName.parse(given)));
        StackRequest request = StackRequest.reaching(stack, azure.choice(spec, text));
        return command.run(stack, request, (useCases, out) -> billing.apply(useCases).fold(out::error, chosen -> register(useCases, out,
                new Request(inSubscription, group, named.getOrElse(() -> conventionalName(useCases)), location))));
    }

    private static RegistrationName conventionalName(StackUseCases useCases) {
        return RegistrationName.conventionalFor(useCases.readRegionProperties().properties().cloudId());
    }

    private static int register(StackUseCases useCases, StackConsole out, Request request) {
        out.say("stamp.register.start", useCases.readRegionProperties().properties().cloudId(), request.registrationName(),
                request.resourceGroup(), request.subscriptionId());
        RegistrationRun run = useCases.registerStamp().register(request);
        RegistrationSteps.show(out, run);
        return run.outcome().fold(out::error, activation -> {
            StampActivateCommand.applied(out, activation);
            return ExitCodes.OK;
        });
    }
}
