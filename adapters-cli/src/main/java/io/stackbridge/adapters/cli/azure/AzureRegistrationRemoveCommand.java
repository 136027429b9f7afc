package io.stackbridge.adapters.cli.azure;

import io.stackbridge.adapters.cli.console.OutputOption;
import io.stackbridge.domain.arm.Removal;
import io.stackbridge.domain.arm.ResourceIds;
import io.stackbridge.domain.registration.RegistrationKey;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code stackbridge azure registration remove}: deletes a registration as Resource Manager would (Registrations_Delete). */
@Command(name = "remove", mixinStandardHelpOptions = true,
        description = "Removes a registration from Azure; the stamp keeps its own copy until it registers again.")
public final class AzureRegistrationRemoveCommand extends AzureSubcommand {

    @Mixin
    private OutputOption output;

    @Mixin
    private RegistrationChoice registration;

    @Inject
    public AzureRegistrationRemoveCommand(AzureCommand command) {
        super(command, AzureRegistrationCommands.class);
    }

    @Override
    public Integer call() {
        RegistrationKey key = registration.key(command, spec, language.language());
        return command.run(spec, azure, language, output, (side, out) -> out.answer(side.registrations().delete(key), removal -> {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("registration", ResourceIds.registration(key));
            view.put("removed", removal == Removal.DELETED);
            return out.result(view, () -> out.say(removal == Removal.DELETED ? "azure.registration.removed" : "azure.registration.absent",
                    key.name().value()));
        }));
    }
}
