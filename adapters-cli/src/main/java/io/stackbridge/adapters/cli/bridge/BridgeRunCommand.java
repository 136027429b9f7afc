package io.stackbridge.adapters.cli.bridge;

import io.stackbridge.adapters.cli.ExitCodes;
import io.stackbridge.adapters.cli.console.CliText;
import io.stackbridge.adapters.cli.stack.AzureOptions;
import io.stackbridge.adapters.cli.stack.StackCommand;
import io.stackbridge.adapters.cli.stack.StackConsole;
import io.stackbridge.adapters.cli.stack.StackOptions;
import io.stackbridge.adapters.cli.stack.StackRequest;
import io.stackbridge.adapters.cli.stack.StackSubcommand;
import io.stackbridge.adapters.cli.stack.StackUseCases;
import io.stackbridge.domain.bridge.BridgeRun;
import io.stackbridge.domain.error.DomainError;
import io.vavr.control.Either;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import static io.stackbridge.adapters.cli.stack.OptionValues.within;

/**
 * {@code stackbridge bridge run}: the bridge as a service, pushing, waiting and pushing again until
 * the process is stopped, or until the outbox is empty with {@code --until-empty}.
 */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Runs the bridge in a loop: push, wait, push again, until stopped (Ctrl-C), or with --until-empty "
                + "until the outbox is empty. A failure is shown and tried again at the next push.")
public final class BridgeRunCommand extends StackSubcommand {

    @picocli.CommandLine.Option(names = "--interval", paramLabel = "SECONDS", defaultValue = "60",
            description = "Seconds between two pushes (default: ${DEFAULT-VALUE}).")
    private int interval;

    @picocli.CommandLine.Option(names = "--until-empty", description = "Stop, with exit code 0, once a push leaves the outbox empty.")
    private boolean untilEmpty;

    @Mixin
    private BridgeOptions bridge;

    @Mixin
    private AzureOptions azure;

    @Mixin
    private StackOptions stack;

    @Inject
    public BridgeRunCommand(StackCommand command) {
        super(command, BridgeCommands.class);
    }

    @Override
    public Integer call() {
        CliText text = command.console(stack).text();
        within(spec, text, "--interval", interval, 0, 86_400);
        StackRequest request = bridge.applyTo(StackRequest.reaching(stack, azure.choice(spec, text)), spec, text);
        return command.run(stack, request, this::loop);
    }

    private int loop(StackUseCases useCases, StackConsole out) {
        while (true) {
            Either<DomainError, BridgeRun> run = BridgeRuns.runOnce(useCases, out);
            if (run.isLeft() || run.get().reportingDisabled()) {
                return BridgeRuns.exitCode(run);
            }
            if (untilEmpty && run.get().completed() && useCases.readBridgeStatus().status().pendingCount() == 0) {
                out.say("bridge.run.empty");
                return ExitCodes.OK;
            }
            try {
                Thread.sleep(interval * 1000L);
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
                return ExitCodes.STOPPED;
            }
        }
    }
}
