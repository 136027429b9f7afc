package io.stackbridge.adapters.cli.bridge;

import io.stackbridge.adapters.cli.ExitCodes;
import io.stackbridge.adapters.cli.console.CliText;
import io.stackbridge.adapters.cli.serve.ShutdownSignal;
import io.stackbridge.adapters.cli.serve.ShutdownSignal.StopRequest;
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

import java.time.Duration;

import static io.stackbridge.adapters.cli.stack.OptionValues.within;

/**
 * {@code stackbridge bridge run}: the bridge as a service, pushing, waiting and pushing again until
 * the process is stopped, or until the outbox is empty with {@code --until-empty}. Ctrl-C or SIGTERM
 * lets the current push finish (or cuts the wait short) and ends with exit code 0.
 */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Runs the bridge in a loop: push, wait, push again, until stopped, or with --until-empty "
                + "until the outbox is empty. A failure is shown and tried again at the next push. "
                + "Ctrl-C (or SIGTERM) stops it between two pushes, letting a push under way finish, with exit code 0.")
public final class BridgeRunCommand extends StackSubcommand {

    /** The longest wait between two pushes: a day. */
    static final int MAX_INTERVAL = 86_400;

    @picocli.CommandLine.Option(names = "--interval", paramLabel = "SECONDS", defaultValue = "60",
            description = "Seconds between two pushes, 1 to " + BridgeRunCommand.MAX_INTERVAL + " (default: ${DEFAULT-VALUE}).")
    private int interval;

    @picocli.CommandLine.Option(names = "--until-empty", description = "Stop, with exit code 0, once a push leaves the outbox empty.")
    private boolean untilEmpty;

    @Mixin
    private BridgeOptions bridge;

    @Mixin
    private StackOptions stack;

    private final ShutdownSignal signal;

    /** The command stopped by the process's own Ctrl-C and SIGTERM. */
    public BridgeRunCommand(StackCommand command) {
        this(command, new ShutdownSignal());
    }

    /** The command stopped through {@code signal}. */
    @Inject
    public BridgeRunCommand(StackCommand command, ShutdownSignal signal) {
        super(command, BridgeCommands.class);
        this.signal = signal;
    }

    @Override
    public Integer call() {
        CliText text = command.console(stack).text();
        within(spec, text, "--interval", interval, 1, MAX_INTERVAL);
        StackRequest request = bridge.delivering(stack, spec, text);
        return signal.runUntilStopped(stop -> command.run(stack, request, (useCases, out) -> loop(useCases, out, stop)));
    }

    /**
     * Pushes until the stamp cannot report (no activation, reporting off), the outbox is empty with
     * {@code --until-empty}, or a stop is asked for: the wait between two pushes ends at once, a push
     * under way finishes first.
     */
    private int loop(StackUseCases useCases, StackConsole out, StopRequest stop) {
        Duration pause = Duration.ofSeconds(interval);
        while (true) {
            Either<DomainError, BridgeRun> run = BridgeRuns.runOnce(useCases, out);
            if (run.isLeft() || run.get().reportingDisabled()) {
                return BridgeRuns.exitCode(run);
            }
            if (untilEmpty && run.get().completed() && useCases.readBridgeStatus().status().pendingCount() == 0) {
                out.say("bridge.run.empty");
                return ExitCodes.OK;
            }
            if (stop.awaited(pause)) {
                out.say("bridge.run.stopped");
                return ExitCodes.STOPPED;
            }
        }
    }
}
