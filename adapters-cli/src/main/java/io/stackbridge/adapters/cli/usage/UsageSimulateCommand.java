package io.stackbridge.adapters.cli.usage;

import io.stackbridge.adapters.cli.ExitCodes;
import io.stackbridge.adapters.cli.stack.StackCommand;
import io.stackbridge.adapters.cli.stack.StackConsole;
import io.stackbridge.adapters.cli.stack.StackOptions;
import io.stackbridge.adapters.cli.stack.StackRequest;
import io.stackbridge.adapters.cli.stack.StackSubcommand;
import io.stackbridge.adapters.cli.stack.StackUseCases;
import io.stackbridge.application.port.in.localusage.SimulateWorkloadUseCase.Simulation;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** {@code stackbridge usage simulate --hours N}: runs the tenants' workloads into the stamp's usage store and the bridge's outbox. */
@Command(name = "simulate", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Runs the simulated tenants' workloads for the hours that end at the stamp's current hour: their records "
                + "enter the usage store and the bridge's outbox once their reported time has come; run it again later for the rest.")
public final class UsageSimulateCommand extends StackSubcommand {

    @picocli.CommandLine.Option(names = "--hours", paramLabel = "N", defaultValue = "24",
            description = "Whole hours to simulate, 1 to 8784 (default: ${DEFAULT-VALUE}).")
    private int hours;

    @picocli.CommandLine.Option(names = "--seed", paramLabel = "N", defaultValue = "20261121",
            description = "Seed of the workload: the same seed gives the same usage (default: ${DEFAULT-VALUE}).")
    private long seed;

    @picocli.CommandLine.Option(names = "--until", paramLabel = "HOUR",
            description = "The hour the simulation ends at, e.g. 2026-11-21T10:00:00Z (default: the stamp's current hour).")
    private Instant until;

    @Mixin
    private StackOptions stack;

    @Inject
    public UsageSimulateCommand(StackCommand command) {
        super(command, UsageCommands.class);
    }

    @Override
    public Integer call() {
        return command.run(stack, StackRequest.local(stack).withWorkloadSeed(seed), this::simulate);
    }

    private int simulate(StackUseCases useCases, StackConsole out) {
        Instant end = until == null ? useCases.stampClock().now().truncatedTo(ChronoUnit.HOURS) : until;
        return useCases.simulateWorkload().simulate(new Simulation(end, hours)).fold(out::error, simulated -> {
            out.say("usage.simulate.done", hours, simulated.from(), simulated.to(), simulated.records(), simulated.notYetReported());
            return ExitCodes.OK;
        });
    }
}
