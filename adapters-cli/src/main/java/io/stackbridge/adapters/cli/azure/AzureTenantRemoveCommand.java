package io.stackbridge.adapters.cli.azure;

import io.stackbridge.adapters.cli.console.OutputOption;
import io.stackbridge.domain.arm.Removal;
import io.stackbridge.domain.registration.RegistrationKey;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code stackbridge azure tenant remove}: offboards a tenant (CustomerSubscriptions_Delete). */
@Command(name = "remove", mixinStandardHelpOptions = true, description = "Offboards a tenant: removes its customer subscription from the registration.")
public final class AzureTenantRemoveCommand extends AzureSubcommand {

    @Mixin
    private OutputOption output;

    @Mixin
    private RegistrationChoice registration;

    @Parameters(index = "0", paramLabel = "SUBSCRIPTION", descriptionKey = "customerSubscription",
            description = "The tenant's customer subscription ID.")
    private String customerSubscription;

    @Inject
    public AzureTenantRemoveCommand(AzureCommand command) {
        super(command, AzureTenantCommands.class);
    }

    @Override
    public Integer call() {
        RegistrationKey key = registration.key(command, spec, language.language());
        return command.run(spec, azure, language, output, (side, out) -> out.answer(
                side.customerSubscriptions().remove(key, customerSubscription), removal -> {
                    Map<String, Object> view = new LinkedHashMap<>();
                    view.put("subscriptionId", customerSubscription);
                    view.put("removed", removal == Removal.DELETED);
                    return out.result(view, () -> out.say(removal == Removal.DELETED ? "azure.tenant.removed" : "azure.tenant.absent",
                            customerSubscription, key.name().value()));
                }));
    }
}
