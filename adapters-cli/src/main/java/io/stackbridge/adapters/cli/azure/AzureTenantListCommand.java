package io.stackbridge.adapters.cli.azure;

import io.stackbridge.adapters.cli.console.OutputOption;
import io.stackbridge.domain.registration.RegistrationKey;
import io.vavr.collection.List;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.Map;

/** {@code stackbridge azure tenant list}: the tenants of a registration (CustomerSubscriptions_List). */
@Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the tenants (customer subscriptions) of a registration.")
public final class AzureTenantListCommand extends AzureSubcommand {

    @Mixin
    private OutputOption output;

    @Mixin
    private RegistrationChoice registration;

    @Inject
    public AzureTenantListCommand(AzureCommand command) {
        super(command, AzureTenantCommands.class);
    }

    @Override
    public Integer call() {
        RegistrationKey key = registration.key(command, spec, language.language());
        return command.run(spec, azure, language, output, (side, out) -> out.answer(side.customerSubscriptions().list(key),
                found -> out.result(Map.of("tenants", found.map(AzureViews::tenant).toJavaList()), () -> out.table(
                        List.of("azure.heading.subscription", "azure.heading.tenant"),
                        found.map(tenant -> List.of(tenant.subscriptionId().value(), tenant.tenantId().value())), "azure.tenants.none"))));
    }
}
