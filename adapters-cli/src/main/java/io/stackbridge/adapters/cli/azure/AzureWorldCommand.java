package io.stackbridge.adapters.cli.azure;

import io.stackbridge.adapters.cli.console.OutputOption;
import io.stackbridge.domain.world.World;
import io.vavr.collection.List;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code stackbridge azure world}: what the emulated Azure knows, principals without their secrets. */
@Command(name = "world", mixinStandardHelpOptions = true,
        description = "Shows what the emulated Azure knows: directory subscriptions, service principals (never their secrets), "
                + "resource groups, provider registrations and how many marketplace products.")
public final class AzureWorldCommand extends AzureSubcommand {

    @Mixin
    private OutputOption output;

    @Inject
    public AzureWorldCommand(AzureCommand command) {
        super(command, AzureCommands.class);
    }

    @Override
    public Integer call() {
        return command.run(spec, azure, language, output, (side, out) -> out.answer(side.admin().world(),
                world -> out.result(WorldViews.of(world), () -> show(out, world))));
    }

    private static void show(AzureTerminal out, World world) {
        out.say("azure.world.subscriptions", world.subscriptions().size());
        out.table(List.of("azure.heading.subscription", "azure.heading.offer", "azure.heading.partner", "azure.heading.tenant"),
                world.subscriptions().map(subscription -> List.of(subscription.id().value(), subscription.offer().name(),
                        subscription.cspPartner().map(partner -> partner.value()).getOrElse("-"), subscription.tenant().value())),
                "azure.world.none");
        out.say("azure.world.principals", world.principals().size());
        out.table(List.of("azure.heading.tenant", "azure.heading.client", "azure.heading.object", "azure.heading.enabled",
                        "azure.heading.name"),
                world.principals().map(principal -> List.of(principal.tenantId().value(), principal.clientId().value(),
                        principal.objectId().value(), out.text().format(principal.enabled() ? "value.yes" : "value.no"), principal.displayName())),
                "azure.world.none");
        out.say("azure.world.resourceGroups", world.resourceGroups().size());
        out.table(List.of("azure.heading.subscription", "azure.heading.name", "azure.heading.location"),
                world.resourceGroups().map(group -> List.of(group.subscriptionId().value(), group.name().value(), group.location())),
                "azure.world.none");
        out.say("azure.world.providers", world.providers().size());
        out.table(List.of("azure.heading.subscription", "azure.heading.namespace", "azure.heading.state"),
                world.providers().map(provider -> List.of(provider.subscriptionId().value(), provider.namespace(),
                        provider.state().name())), "azure.world.none");
        out.say("azure.world.products", world.products().size());
    }
}
