package io.stackbridge.adapters.cli.azure;

import io.stackbridge.adapters.cli.console.OutputOption;
import io.stackbridge.domain.id.TenantId;
import io.stackbridge.domain.registration.RegistrationKey;
import io.vavr.control.Option;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code stackbridge azure tenant add}: onboards a tenant, as a CSP operator does (CustomerSubscriptions_Create). */
@Command(name = "add", mixinStandardHelpOptions = true,
        description = "Onboards a tenant: adds its customer subscription to the registration (multi-tenancy must be approved).")
public final class AzureTenantAddCommand extends AzureSubcommand {

    @Mixin
    private OutputOption output;

    @Mixin
    private RegistrationChoice registration;

    @Parameters(index = "0", paramLabel = "SUBSCRIPTION", descriptionKey = "customerSubscription",
            description = "The tenant's customer subscription ID.")
    private String customerSubscription;

    @picocli.CommandLine.Option(names = "--tenant", paramLabel = "ID",
            description = "The tenant's directory ID (default: the one the directory knows for the subscription).")
    private String tenant;

    @Inject
    public AzureTenantAddCommand(AzureCommand command) {
        super(command, AzureTenantCommands.class);
    }

    @Override
    public Integer call() {
        RegistrationKey key = registration.key(command, spec, language.language());
        Option<TenantId> tenantId = Option.of(tenant).map(text -> TenantId.parse("--tenant", text).toEither().getOrElseThrow(this::invalid));
        return command.run(spec, azure, language, output, (side, out) -> out.answer(
                side.customerSubscriptions().add(key, customerSubscription, tenantId),
                added -> out.result(AzureViews.tenant(added), () -> out.say("azure.tenant.added", added.subscriptionId().value(),
                        added.tenantId().value(), key.name().value()))));
    }
}
