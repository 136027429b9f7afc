package io.stackbridge.adapters.cli.azure;

import io.stackbridge.adapters.cli.console.OutputOption;
import io.stackbridge.domain.registration.RegistrationKey;
import io.stackbridge.domain.registration.RegistrationSummary;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code stackbridge azure registration show}: one registration as Resource Manager holds it (Registrations_Get). */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Shows one registration: cloud ID, object ID, billing model, etag and tags.")
public final class AzureRegistrationShowCommand extends AzureSubcommand {

    @Mixin
    private OutputOption output;

    @Mixin
    private RegistrationChoice registration;

    @Inject
    public AzureRegistrationShowCommand(AzureCommand command) {
        super(command, AzureRegistrationCommands.class);
    }

    @Override
    public Integer call() {
        RegistrationKey key = registration.key(command, spec, language.language());
        return command.run(spec, azure, language, output, (side, out) -> out.answer(side.registrations().get(key),
                found -> out.result(AzureViews.registration(found), () -> show(out, found))));
    }

    private static void show(AzureTerminal out, RegistrationSummary summary) {
        out.say("azure.registration.id", AzureViews.key(summary.key()).get("id"));
        out.say("azure.registration.cloudId", summary.cloudId().value());
        out.say("azure.registration.objectId", summary.objectId().value());
        out.say("azure.registration.billingModel", summary.billingModel().name());
        out.say("azure.registration.etag", summary.etag().value());
        out.say("azure.registration.tags", summary.tags().map(tag -> tag._1 + "=" + tag._2).mkString(", "));
    }
}
