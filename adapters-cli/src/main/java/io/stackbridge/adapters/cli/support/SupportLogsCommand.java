package io.stackbridge.adapters.cli.support;

import io.stackbridge.adapters.cli.CommandGroup;
import io.stackbridge.adapters.cli.Subcommand;
import io.stackbridge.adapters.cli.Version;
import io.stackbridge.adapters.cli.console.ConsoleOutput;
import io.stackbridge.adapters.cli.console.OutputOption;
import io.stackbridge.adapters.cli.stack.StackCommand;
import io.stackbridge.adapters.cli.stack.StackOptions;
import io.stackbridge.adapters.cli.stack.StackRequest;
import io.stackbridge.adapters.support.logs.BundleFacts;
import io.stackbridge.adapters.support.logs.CollectedLogs;
import io.stackbridge.adapters.support.logs.LogCollection;
import io.stackbridge.adapters.support.logs.LogSelection;
import io.stackbridge.adapters.support.logs.RoleLogFiles;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;

/**
 * {@code stackbridge support logs}: the lines the stamp's components wrote within a time range,
 * collected into a ZIP with its manifest, as Azure Stack Hub's log collection hands them to support.
 * Every check comes before anything is read; the bundle is written whole or not at all.
 */
@Command(name = "logs", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Collects the stamp's logs (AzureBridge, WAS, WASPublic) of a time range into a ZIP for support, with a manifest.json "
                + "naming the stamp, its cloud ID, the range, the roles, each file and the versions.")
public final class SupportLogsCommand implements Subcommand {

    @picocli.CommandLine.Option(names = "--roles", paramLabel = "ROLES", split = ",",
            description = "The roles to collect, separated by commas: AzureBridge, WAS, WASPublic (default: all three).")
    private java.util.List<String> roles;

    @picocli.CommandLine.Option(names = "--from", paramLabel = "TIME",
            description = "The first instant to collect, ISO 8601 with an offset, such as 2026-12-05T04:00:00Z (default: four hours before --to).")
    private String from;

    @picocli.CommandLine.Option(names = "--to", paramLabel = "TIME",
            description = "The last instant to collect, ISO 8601 with an offset (default: now).")
    private String to;

    @picocli.CommandLine.Option(names = "--out", paramLabel = "FILE", required = true,
            description = "The ZIP file to write, in an existing folder.")
    private Path out;

    @picocli.CommandLine.Option(names = "--force", description = "Replaces the --out file if it exists.")
    private boolean force;

    @Mixin
    private StackOptions stack;

    @Mixin
    private OutputOption output;

    private final StackCommand command;
    private final ConsoleOutput console;

    @Inject
    public SupportLogsCommand(StackCommand command, ConsoleOutput console) {
        this.command = command;
        this.console = console;
    }

    @Override
    public Option<Class<? extends CommandGroup>> group() {
        return Option.some(SupportCommands.class);
    }

    @Override
    public Integer call() {
        SupportConsole say = new SupportConsole(console, stack.language());
        String named = roles == null ? null : String.join(",", roles);
        Either<io.vavr.collection.List<SupportProblem>, SupportChecks.Checked> checked =
                SupportChecks.all(named, from, to, out, force, stack.dataDirectory(), Instant.now());
        if (checked.isLeft()) {
            return say.problems(checked.getLeft());
        }
        LogSelection selection = checked.get().selection();
        Path file = checked.get().file();
        return command.run(stack, StackRequest.local(stack), (useCases, stackConsole) -> {
            String cloudId = useCases.readRegionProperties().properties().cloudId().value();
            BundleFacts facts = new BundleFacts(stack.dataDirectory().toString(), Option.some(cloudId), Version.current());
            return collect(stack.dataDirectory().resolve(RoleLogFiles.FOLDER), selection, facts, file)
                    .fold(say::problem, logs -> say.collected(file, logs, cloudId, output.json()));
        });
    }

    /** The bundle streamed into {@code file}, whole or not at all. */
    private Either<SupportProblem, CollectedLogs> collect(Path folder, LogSelection selection, BundleFacts facts, Path file) {
        try {
            return BundleFile.write(file, force, out -> LogCollection.collect(folder, selection, facts, Instant.now(), out));
        } catch (UncheckedIOException unreadable) {
            return Either.left(new SupportProblem.LogsUnreadable(folder, String.valueOf(unreadable.getCause().getMessage())));
        }
    }
}
