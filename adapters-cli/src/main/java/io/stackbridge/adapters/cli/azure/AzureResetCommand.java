package io.stackbridge.adapters.cli.azure;

import jakarta.inject.Inject;
import picocli.CommandLine.Command;

/** {@code stackbridge azure reset}: the emulated Azure back as it was at start. */
@Command(name = "reset", mixinStandardHelpOptions = true,
        description = "Puts the emulated Azure back as it was at start: registrations, tenants, approvals, fault rules, journal, "
                + "clock and seed.")
public final class AzureResetCommand extends AzureSubcommand {

    @Inject
    public AzureResetCommand(AzureCommand command) {
        super(command, AzureCommands.class);
    }

    @Override
    public Integer call() {
        return command.run(spec, azure, language, null, (side, out) -> out.answer(side.admin().reset(), done -> {
            out.say("azure.reset.done");
            return 0;
        }));
    }
}
