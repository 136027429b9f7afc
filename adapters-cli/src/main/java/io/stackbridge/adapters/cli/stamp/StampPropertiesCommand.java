package io.stackbridge.adapters.cli.stamp;

import io.stackbridge.adapters.cli.ExitCodes;
import io.stackbridge.adapters.cli.stack.StackCommand;
import io.stackbridge.adapters.cli.stack.StackConsole;
import io.stackbridge.adapters.cli.stack.StackOptions;
import io.stackbridge.adapters.cli.stack.StackRequest;
import io.stackbridge.adapters.cli.stack.StackSubcommand;
import io.stackbridge.domain.registration.ActivationKeyClaims;
import io.stackbridge.domain.stamp.RegionProperties;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code stackbridge stamp properties}: Region management > Properties of the stamp. */
@Command(name = "properties", mixinStandardHelpOptions = true,
        description = "Shows Region management > Properties: registration status, subscription, resource group, "
                + "registration name and cloud ID.")
public final class StampPropertiesCommand extends StackSubcommand {

    @Mixin
    private StackOptions stack;

    @Inject
    public StampPropertiesCommand(StackCommand command) {
        super(command, StampCommands.class);
    }

    @Override
    public Integer call() {
        return command.run(stack, StackRequest.local(stack), (useCases, out) -> {
            show(out, useCases.readRegionProperties().properties());
            return ExitCodes.OK;
        });
    }

    static void show(StackConsole out, RegionProperties properties) {
        String none = out.text().format("properties.none");
        out.say("properties.status", out.text().format("status." + properties.status().name()));
        out.say("properties.subscription", properties.subscriptionId().map(Object::toString).getOrElse(none));
        out.say("properties.resourceGroup", properties.resourceGroup().map(Object::toString).getOrElse(none));
        out.say("properties.name", properties.registrationName().map(Object::toString).getOrElse(none));
        out.say("properties.cloudId", properties.cloudId());
        out.say("properties.billingModel", properties.billingModel().map(Object::toString).getOrElse(none));
        out.say("properties.expires", properties.expires()
                .map(expires -> expires.equals(ActivationKeyClaims.NEVER) ? out.text().format("properties.never") : expires.toString())
                .getOrElse(none));
    }
}
