package io.stackbridge.adapters.cli.azure;

import io.stackbridge.adapters.cli.console.OutputOption;
import io.stackbridge.domain.arm.ResourceIds;
import io.stackbridge.domain.registration.RegistrationKey;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code stackbridge azure approve}: multi-tenancy of a registration, Microsoft's manual step. */
@Command(name = "approve", mixinStandardHelpOptions = true,
        description = "Approves multi-tenancy for a registration, the step Microsoft takes by e-mail: it may then add tenants.")
public final class AzureApproveCommand extends AzureSubcommand {

    @Mixin
    private OutputOption output;

    @Mixin
    private RegistrationChoice registration;

    @Inject
    public AzureApproveCommand(AzureCommand command) {
        super(command, AzureCommands.class);
    }

    @Override
    public Integer call() {
        RegistrationKey key = registration.key(command, spec, language.language());
        return command.run(spec, azure, language, output, (side, out) -> out.answer(side.admin().approveMultiTenancy(key), done -> {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("registration", ResourceIds.registration(key));
            view.put("approved", true);
            return out.result(view, () -> out.say("azure.approved", key.name().value()));
        }));
    }
}
