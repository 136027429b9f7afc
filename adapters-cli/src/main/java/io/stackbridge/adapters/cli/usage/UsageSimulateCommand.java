package io.stackbridge.adapters.cli.usage;

import io.stackbridge.adapters.cli.ExitCodes;
import io.stackbridge.adapters.cli.console.CliText;
import io.stackbridge.adapters.cli.console.OutputOption;
import io.stackbridge.adapters.cli.console.Progress;
import io.stackbridge.adapters.cli.stack.StackJson;
import io.stackbridge.adapters.cli.stack.StackCommand;
import io.stackbridge.adapters.cli.stack.StackConsole;
import io.stackbridge.adapters.cli.stack.StackOptions;
import io.stackbridge.adapters.cli.stack.StackRequest;
import io.stackbridge.adapters.cli.stack.StackSubcommand;
import io.stackbridge.adapters.cli.stack.StackUseCases;
import io.stackbridge.application.port.in.localusage.SimulateWorkloadUseCase.Simulation;
import io.stackbridge.application.service.localusage.SimulateWorkloadService;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParameterException;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static io.stackbridge.adapters.cli.stack.OptionValues.within;

/** {@code stackbridge usage simulate --hours N [--scale N]}: runs the tenants' workloads into the stamp's usage store and the bridge's outbox. */
@Command(name = "simulate", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Runs the simulated tenants' workloads for the hours that end at the stamp's current hour: their records "
                + "enter the usage store and the bridge's outbox once their reported time has come; run it again later for the rest.")
public final class UsageSimulateCommand extends StackSubcommand {

    /** The first and last hours {@code --until} takes: years 2000 to 9999, far from where Instant arithmetic overflows. */
    static final Instant EARLIEST_UNTIL = Instant.parse("2000-01-01T00:00:00Z");
    static final Instant LATEST_UNTIL = Instant.parse("9999-12-31T23:00:00Z");

    @picocli.CommandLine.Option(names = "--hours", paramLabel = "N", defaultValue = "24",
            description = "Whole hours to simulate, 1 to " + SimulateWorkloadService.MAX_HOURS + " (default: ${DEFAULT-VALUE}).")
    private int hours;

    @picocli.CommandLine.Option(names = "--scale", paramLabel = "N", defaultValue = "1",
            description = "Runs each tenant's workload N times over (N times the application stacks, about N times the records), "
                    + "1 to " + SimulateWorkloadService.MAX_SCALE + " (default: ${DEFAULT-VALUE}).")
    private int scale;

    @picocli.CommandLine.Option(names = "--seed", paramLabel = "N", defaultValue = "20261121",
            description = "Seed of the workload: the same seed gives the same usage (default: ${DEFAULT-VALUE}).")
    private long seed;

    @picocli.CommandLine.Option(names = "--until", paramLabel = "HOUR",
            description = "The whole hour (UTC, years 2000 to 9999) the simulation ends at, e.g. 2026-11-21T10:00:00Z "
                    + "(default: the stamp's current hour).")
    private Instant until;

    @Mixin
    private StackOptions stack;

    @Mixin
    private OutputOption output;

    @Inject
    public UsageSimulateCommand(StackCommand command) {
        super(command, UsageCommands.class);
    }

    @Override
    public Integer call() {
        CliText text = command.console(stack).text();
        within(spec, text, "--hours", hours, 1, SimulateWorkloadService.MAX_HOURS);
        within(spec, text, "--scale", scale, 1, SimulateWorkloadService.MAX_SCALE);
        if (until != null) {
            checkUntil(text);
        }
        return command.run(stack, StackRequest.local(stack).withWorkloadSeed(seed), this::simulate);
    }

    /** {@code --until} is a whole hour between {@link #EARLIEST_UNTIL} and {@link #LATEST_UNTIL}, or a usage error. */
    private void checkUntil(CliText text) {
        if (!until.truncatedTo(ChronoUnit.HOURS).equals(until) || until.isBefore(EARLIEST_UNTIL) || until.isAfter(LATEST_UNTIL)) {
            throw new ParameterException(spec.commandLine(),
                    text.format("usage.simulate.untilInvalid", "--until", EARLIEST_UNTIL, LATEST_UNTIL, until));
        }
    }

    private int simulate(StackUseCases useCases, StackConsole out) {
        Instant end = until == null ? useCases.stampClock().now().truncatedTo(ChronoUnit.HOURS) : until;
        try (Progress progress = out.progress("progress.simulate", hours, output.json())) {
            return SimulationRuns.run(useCases.simulateWorkload(), new Simulation(end, hours, scale), progress).fold(out::error, simulated -> {
                if (output.json()) {
                    java.util.Map<String, Object> json = StackJson.document();
                    json.put("hours", hours);
                    json.put("from", simulated.from().toString());
                    json.put("to", simulated.to().toString());
                    json.put("records", simulated.records());
                    json.put("notYetReported", simulated.notYetReported());
                    out.json(json);
                } else {
                    out.say("usage.simulate.done", hours, simulated.from(), simulated.to(), simulated.records(), simulated.notYetReported());
                }
                return ExitCodes.OK;
            });
        }
    }
}
