package io.stackbridge.adapters.cli.stack;

import io.stackbridge.adapters.cli.console.CliText;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The Azure options of a command that also calls the emulator's admin API ({@code azure …}, {@code lab …}):
 * {@code --azure}, {@code --ca}, {@code --timeout}, and {@code --admin-key} for an emulator that asks for one
 * (else {@code STACKBRIDGE_ADMIN_KEY}, else the {@code admin-key} file beside {@code --ca}).
 */
public final class AzureAdminOptions extends AzureOptions {

    @Option(names = "--admin-key", paramLabel = "KEY",
            description = "The emulator's admin key, when its admin API asks for one (default: the STACKBRIDGE_ADMIN_KEY environment "
                    + "variable, else the admin-key file beside --ca, as serve writes it).")
    private String adminKey;

    /** The Azure these options name, an emulator's admin calls carrying the key found for it. */
    @Override
    public AzureChoice choice(CommandSpec spec, CliText text) {
        AzureChoice choice = super.choice(spec, text);
        if (choice instanceof AzureChoice.Emulator emulator) {
            return new AzureChoice.Emulator(emulator.url(), emulator.caPem(), emulator.timeout(), AdminKeySources.key(spec, text, adminKey,
                    System.getenv(AdminKeySources.ENVIRONMENT_KEY), emulator.caPem().resolveSibling(AdminKeySources.FILE)));
        }
        return choice;
    }
}
