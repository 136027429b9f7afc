package io.stackbridge.adapters.cli.azure;

import io.stackbridge.adapters.cli.console.OutputOption;
import io.stackbridge.domain.arm.ResourceIds;
import io.stackbridge.domain.registration.RegistrationKey;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code stackbridge azure revoke}: multi-tenancy of a registration, Microsoft's manual step. */
@Command(name = "revoke", mixinStandardHelpOptions = true,
        description = "Takes a registration's multi-tenancy approval back: tenants already added stay, new ones are refused.")
public final class AzureRevokeCommand extends AzureSubcommand {

    @Mixin
    private OutputOption output;

    @Mixin
    private RegistrationChoice registration;

    @Inject
    public AzureRevokeCommand(AzureCommand command) {
        super(command, AzureCommands.class);
    }

    @Override
    public Integer call() {
        RegistrationKey key = registration.key(command, spec, language.language());
        return command.run(spec, azure, language, output, (side, out) -> out.answer(side.admin().revokeMultiTenancy(key), done -> {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("registration", ResourceIds.registration(key));
            view.put("approved", false);
            return out.result(view, () -> out.say("azure.revoked", key.name().value()));
        }));
    }
}
