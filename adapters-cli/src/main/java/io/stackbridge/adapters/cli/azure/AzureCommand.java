package io.stackbridge.adapters.cli.azure;

import io.stackbridge.adapters.cli.console.ConsoleOutput;
import io.stackbridge.adapters.cli.console.LanguageOption;
import io.stackbridge.adapters.cli.console.OutputOption;
import io.stackbridge.adapters.cli.stack.AzureOptions;
import io.stackbridge.adapters.cli.stack.StackOpener;
import io.stackbridge.adapters.cli.stack.StackProblem;
import io.stackbridge.adapters.cli.stack.StackRequest;
import io.stackbridge.domain.registration.RegistrationKey;
import io.stackbridge.domain.stamp.RegionProperties;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.inject.Inject;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;

/**
 * How an {@code azure} command runs: reach the Azure its options chose, do its work with the
 * terminal's ports and what it says, and answer an exit code; a problem reaching it is reported.
 */
public final class AzureCommand {

    private final ConsoleOutput console;
    private final AzureSideOpener opener;
    private final StackOpener stamps;

    @Inject
    public AzureCommand(ConsoleOutput console, AzureSideOpener opener, StackOpener stamps) {
        this.console = console;
        this.opener = opener;
        this.stamps = stamps;
    }

    /** Runs {@code work} on the Azure of {@code azure}; {@code output} may be null for a command that prints no data. */
    public int run(CommandSpec spec, AzureOptions azure, LanguageOption language, OutputOption output,
                   BiFunction<AzureSide, AzureTerminal, Integer> work) {
        AzureTerminal terminal = terminal(language, output);
        return opener.open(azure.choice(spec, terminal.text())).fold(terminal::problem, side -> work.apply(side, terminal));
    }

    public AzureTerminal terminal(LanguageOption language, OutputOption output) {
        return new AzureTerminal(console, language.language(), output);
    }

    /** The registration of the stamp kept in {@code dataDirectory}, if there is one and it is registered. */
    public Option<RegistrationKey> localRegistration(Path dataDirectory) {
        AtomicReference<Option<RegistrationKey>> found = new AtomicReference<>(Option.none());
        StackRequest local = new StackRequest(dataDirectory, Option.none(), StackRequest.DEFAULT_BATCH_SIZE, StackRequest.DEFAULT_ATTEMPTS,
                StackRequest.DEFAULT_SEED, Duration.ZERO);
        Either<StackProblem, Integer> read = stamps.run(local, useCases -> {
            RegionProperties properties = useCases.readRegionProperties().properties();
            found.set(properties.registration());
            return 0;
        });
        return read.isRight() ? found.get() : Option.none();
    }
}
