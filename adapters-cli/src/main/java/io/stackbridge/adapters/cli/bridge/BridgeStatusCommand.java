package io.stackbridge.adapters.cli.bridge;

import io.stackbridge.adapters.cli.ExitCodes;
import io.stackbridge.adapters.cli.console.OutputOption;
import io.stackbridge.adapters.cli.stack.StackCommand;
import io.stackbridge.adapters.cli.stack.StackConsole;
import io.stackbridge.adapters.cli.stack.StackOptions;
import io.stackbridge.adapters.cli.stack.StackRequest;
import io.stackbridge.adapters.cli.stack.StackSubcommand;
import io.stackbridge.adapters.cli.stack.StackUseCases;
import io.stackbridge.domain.bridge.BridgeStatus;
import io.stackbridge.domain.stamp.RegionProperties;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code stackbridge bridge status}: last success, backlog, last error with its remediation, and the 30-day warning. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Shows the bridge's status: the last usage that reached Azure, what waits in the outbox, the last "
                + "error (code, time, attempts, endpoint, cause, what to do) and the 30-day reporting warning.")
public final class BridgeStatusCommand extends StackSubcommand {

    @Mixin
    private StackOptions stack;

    @Mixin
    private OutputOption output;

    @Inject
    public BridgeStatusCommand(StackCommand command) {
        super(command, BridgeCommands.class);
    }

    @Override
    public Integer call() {
        return command.run(stack, StackRequest.local(stack), this::show);
    }

    private int show(StackUseCases useCases, StackConsole out) {
        RegionProperties properties = useCases.readRegionProperties().properties();
        BridgeStatus status = useCases.readBridgeStatus().status();
        if (output.json()) {
            out.json(BridgeJson.status(properties, status, out.language()));
            return ExitCodes.OK;
        }
        out.say("bridge.status.stamp", properties.cloudId(), out.text().format("status." + properties.status().name()));
        if (status.lastSuccess().isEmpty()) {
            out.say("bridge.status.neverSent");
        }
        status.lastSuccess().forEach(at -> out.say("bridge.status.lastSuccess", at));
        out.say("bridge.status.pending", status.pendingCount());
        status.oldestPendingHour().forEach(hour -> out.say("bridge.status.oldestPending", hour));
        if (status.lastError().isEmpty()) {
            out.say("bridge.status.noError");
        }
        status.lastError().forEach(failure -> {
            out.say("bridge.status.lastError");
            out.bridgeFailure(failure, false);
            out.say(status.failing() ? "bridge.status.failing" : "bridge.status.recovered");
        });
        status.warning().forEach(overdue -> out.say("bridge.status.overdue", overdue.days(), overdue.since()));
        return ExitCodes.OK;
    }
}
