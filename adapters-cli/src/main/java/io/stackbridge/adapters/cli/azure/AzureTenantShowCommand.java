package io.stackbridge.adapters.cli.azure;

import io.stackbridge.adapters.cli.console.OutputOption;
import io.stackbridge.domain.registration.RegistrationKey;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code stackbridge azure tenant show}: one tenant of a registration (CustomerSubscriptions_Get). */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Shows one tenant (customer subscription) of a registration.")
public final class AzureTenantShowCommand extends AzureSubcommand {

    @Mixin
    private OutputOption output;

    @Mixin
    private RegistrationChoice registration;

    @Parameters(index = "0", paramLabel = "SUBSCRIPTION", descriptionKey = "customerSubscription",
            description = "The tenant's customer subscription ID.")
    private String customerSubscription;

    @Inject
    public AzureTenantShowCommand(AzureCommand command) {
        super(command, AzureTenantCommands.class);
    }

    @Override
    public Integer call() {
        RegistrationKey key = registration.key(command, spec, language.language());
        return command.run(spec, azure, language, output, (side, out) -> out.answer(
                side.customerSubscriptions().get(key, customerSubscription), found -> out.result(AzureViews.tenant(found), () -> {
                    out.say("azure.tenant.subscription", found.subscriptionId().value());
                    out.say("azure.tenant.tenant", found.tenantId().value());
                    out.say("azure.tenant.registration", AzureViews.key(key).get("id"));
                })));
    }
}
