package io.stackbridge.adapters.cli.azure;

import io.vavr.control.Option;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;

/** {@code stackbridge azure faults clear}: withdraws every rule, optionally restarting the random source from a seed. */
@Command(name = "clear", mixinStandardHelpOptions = true,
        description = "Withdraws every fault rule; with --seed, the random source restarts from it, to replay a run.")
public final class AzureFaultClearCommand extends AzureSubcommand {

    @picocli.CommandLine.Option(names = "--seed", paramLabel = "N", description = "Restarts the rules' random source from this seed.")
    private Long seed;

    @Inject
    public AzureFaultClearCommand(AzureCommand command) {
        super(command, AzureFaultCommands.class);
    }

    @Override
    public Integer call() {
        return command.run(spec, azure, language, null, (side, out) -> out.answer(side.admin().clearFaultRules(Option.of(seed)),
                done -> {
                    out.say("azure.faults.cleared");
                    return 0;
                }));
    }
}
