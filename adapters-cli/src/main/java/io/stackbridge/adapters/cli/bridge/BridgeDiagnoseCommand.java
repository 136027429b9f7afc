package io.stackbridge.adapters.cli.bridge;

import io.stackbridge.adapters.cli.ExitCodes;
import io.stackbridge.adapters.cli.console.OutputOption;
import io.stackbridge.adapters.cli.stack.AzureOptions;
import io.stackbridge.adapters.cli.stack.StackCommand;
import io.stackbridge.adapters.cli.stack.StackConsole;
import io.stackbridge.adapters.cli.stack.StackOptions;
import io.stackbridge.adapters.cli.stack.StackRequest;
import io.stackbridge.adapters.cli.stack.StackSubcommand;
import io.stackbridge.adapters.cli.stack.StackUseCases;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code stackbridge bridge diagnose}: the bridge's path to Azure step by step; exit code of the failing step's error. */
@Command(name = "diagnose", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Checks the bridge's path to Azure step by step (names, TCP and TLS of the sign-in and usage endpoints, "
                + "a token, the clock, the usage service, the registration) and names the first step that fails.")
public final class BridgeDiagnoseCommand extends StackSubcommand {

    @Mixin
    private AzureOptions azure;

    @Mixin
    private StackOptions stack;

    @Mixin
    private OutputOption output;

    @Inject
    public BridgeDiagnoseCommand(StackCommand command) {
        super(command, BridgeCommands.class);
    }

    @Override
    public Integer call() {
        StackRequest request = StackRequest.reaching(stack, azure.choice(spec, command.console(stack).text()));
        return command.run(stack, request, this::diagnose);
    }

    private int diagnose(StackUseCases useCases, StackConsole out) {
        return useCases.diagnoseBridge().diagnose().fold(out::error, diagnosis -> {
            if (output.json()) {
                out.json(BridgeJson.diagnosis(diagnosis, out.language()));
            } else {
                DiagnosisLines.show(out, diagnosis);
            }
            return diagnosis.firstFailure().flatMap(step -> step.failure()).map(out::error).getOrElse(ExitCodes.OK);
        });
    }
}
