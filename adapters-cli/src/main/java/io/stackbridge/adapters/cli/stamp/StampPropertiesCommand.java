package io.stackbridge.adapters.cli.stamp;

import io.stackbridge.adapters.cli.ExitCodes;
import io.stackbridge.adapters.cli.console.OutputOption;
import io.stackbridge.adapters.cli.stack.StackJson;
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

    @Mixin
    private OutputOption output;

    @Inject
    public StampPropertiesCommand(StackCommand command) {
        super(command, StampCommands.class);
    }

    @Override
    public Integer call() {
        return command.run(stack, StackRequest.local(stack), (useCases, out) -> {
            RegionProperties properties = useCases.readRegionProperties().properties();
            if (output.json()) {
                out.json(json(properties));
            } else {
                show(out, properties);
            }
            return ExitCodes.OK;
        });
    }

    /** The properties as docs/cli.md documents them: status, registration, cloud ID, billing model, expiry ({@code never} for none). */
    static java.util.Map<String, Object> json(RegionProperties properties) {
        java.util.Map<String, Object> json = StackJson.document();
        json.put("status", properties.status().name());
        json.put("subscriptionId", StackJson.text(properties.subscriptionId()));
        json.put("resourceGroup", StackJson.text(properties.resourceGroup()));
        json.put("registrationName", StackJson.text(properties.registrationName()));
        json.put("cloudId", properties.cloudId().toString());
        json.put("billingModel", StackJson.text(properties.billingModel()));
        json.put("expires", properties.expires().map(at -> at.equals(ActivationKeyClaims.NEVER) ? "never" : at.toString()).getOrNull());
        return json;
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
