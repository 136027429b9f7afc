package io.stackbridge.adapters.cli.azure;

import io.stackbridge.adapters.cli.console.OutputOption;
import io.stackbridge.adapters.cli.stack.StackDefaults;
import io.stackbridge.adapters.cli.stack.StackOptions;
import io.stackbridge.domain.id.ResourceGroupName;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.registration.RegistrationKey;
import io.stackbridge.domain.registration.RegistrationSummary;
import io.vavr.collection.List;
import io.vavr.control.Option;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.nio.file.Path;
import java.util.Map;

/** {@code stackbridge azure registration list}: Registrations_ListBySubscription, or Registrations_List with a resource group. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "Lists the registrations of a subscription, or of one of its resource groups, by name.")
public final class AzureRegistrationListCommand extends AzureSubcommand {

    @Mixin
    private OutputOption output;

    @picocli.CommandLine.Option(names = "--subscription", paramLabel = "ID",
            description = "The subscription (default: the local stamp's registration subscription, else the well-known one).")
    private String subscription;

    @picocli.CommandLine.Option(names = "--resource-group", paramLabel = "NAME",
            description = "Only the registrations of this resource group.")
    private String resourceGroup;

    @picocli.CommandLine.Option(names = "--data-dir", paramLabel = "DIR", defaultValue = StackOptions.DEFAULT_DATA_DIR,
            description = "The local stamp's data directory, whose subscription is the default (default: ${DEFAULT-VALUE}).")
    private Path dataDirectory;

    private final StackDefaults defaults;

    @Inject
    public AzureRegistrationListCommand(AzureCommand command, StackDefaults defaults) {
        super(command, AzureRegistrationCommands.class);
        this.defaults = defaults;
    }

    @Override
    public Integer call() {
        String chosen = subscription != null ? subscription : command.localRegistration(dataDirectory.toAbsolutePath().normalize())
                .map(key -> key.subscriptionId().value()).getOrElse(defaults.registrationSubscription());
        SubscriptionId id = SubscriptionId.parse("--subscription", chosen).toEither().getOrElseThrow(this::invalid);
        Option<ResourceGroupName> group = Option.of(resourceGroup)
                .map(name -> ResourceGroupName.parse("--resource-group", name).toEither().getOrElseThrow(this::invalid));
        return command.run(spec, azure, language, output, (side, out) -> out.answer(side.registrations().list(id, group), found ->
                out.result(Map.of("registrations", found.map(AzureViews::registration).toJavaList()), () -> out.table(
                        List.of("azure.heading.name", "azure.heading.resourceGroup", "azure.heading.cloudId", "azure.heading.billingModel"),
                        found.map(AzureRegistrationListCommand::row), "azure.registrations.none"))));
    }

    private static List<String> row(RegistrationSummary summary) {
        RegistrationKey key = summary.key();
        return List.of(key.name().value(), key.resourceGroup().value(), summary.cloudId().value(), summary.billingModel().name());
    }
}
