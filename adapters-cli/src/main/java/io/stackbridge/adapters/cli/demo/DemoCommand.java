package io.stackbridge.adapters.cli.demo;

import io.stackbridge.adapters.cli.ExitCodes;
import io.stackbridge.adapters.cli.Subcommand;
import io.stackbridge.adapters.cli.azure.AzureSide;
import io.stackbridge.adapters.cli.azure.AzureSideOpener;
import io.stackbridge.adapters.cli.console.CliText;
import io.stackbridge.adapters.cli.console.ConsoleOutput;
import io.stackbridge.adapters.cli.console.LanguageOption;
import io.stackbridge.adapters.cli.console.Progress;
import io.stackbridge.adapters.cli.demo.StampChapter.Registered;
import io.stackbridge.adapters.cli.emulator.Emulator;
import io.stackbridge.adapters.cli.emulator.EmulatorSettings;
import io.stackbridge.adapters.cli.emulator.EmulatorStarter;
import io.stackbridge.adapters.cli.emulator.StartFailure;
import io.stackbridge.adapters.cli.stack.AzureChoice;
import io.stackbridge.adapters.cli.stack.OptionValues;
import io.stackbridge.adapters.cli.stack.StackConsole;
import io.stackbridge.adapters.cli.stack.StackOpener;
import io.stackbridge.domain.billing.BillingModel;
import io.stackbridge.domain.text.Language;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * {@code stackbridge demo}: the whole story, offline, against an emulator of its own on a free port of
 * 127.0.0.1 with its stamps in a temporary directory (both gone at the end). Exit code 0 only when
 * every step behaved as expected; 1 otherwise, each step that did not being named.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Tells the whole story against an emulator of its own: a PayAsYouUse stamp registered, multi-tenancy approved, "
                + "tenants onboarded, the eight tenant codes and the five bridge codes provoked and explained, a day of usage pushed, "
                + "and what Azure booked checked against what the stamp generated. Exit code 0 only if every step behaved as expected.")
public final class DemoCommand implements Subcommand {

    /** Every step the story counts, for its progress bar. */
    static final int STEPS = 25;

    @picocli.CommandLine.Mixin
    private LanguageOption language;

    @picocli.CommandLine.Option(names = "--ascii", description = "Marks steps with [ok] and [x] instead of check marks.")
    private boolean ascii;

    @picocli.CommandLine.Option(names = "--bridge-timeout", paramLabel = "SECONDS", defaultValue = "2",
            description = "Seconds the bridge waits for the usage service in the fault chapter, 1 to 30 (default: ${DEFAULT-VALUE}).")
    private int bridgeTimeout;

    @Spec
    private CommandSpec spec;

    private final ConsoleOutput console;
    private final EmulatorStarter emulators;
    private final StackOpener opener;
    private final AzureSideOpener azure;
    private final DemoGround ground;
    private final DemoExpectations expectations;

    @Inject
    public DemoCommand(ConsoleOutput console, EmulatorStarter emulators, StackOpener opener, AzureSideOpener azure, DemoGround ground) {
        this(console, emulators, opener, azure, ground, DemoExpectations.standard());
    }

    /** The demo with other expectations (a test makes a step miss its own). */
    public DemoCommand(ConsoleOutput console, EmulatorStarter emulators, StackOpener opener, AzureSideOpener azure, DemoGround ground,
                       DemoExpectations expectations) {
        this.console = console;
        this.emulators = emulators;
        this.opener = opener;
        this.azure = azure;
        this.ground = ground;
        this.expectations = expectations;
    }

    @Override
    public Integer call() throws IOException {
        Language chosen = language.language();
        StackConsole out = StackConsole.of(console, chosen, ascii);
        int timeout = OptionValues.within(spec, out.text(), "--bridge-timeout", bridgeTimeout, 1, 30);
        Path directory = Files.createTempDirectory("stackbridge-demo-");
        try {
            Either<StartFailure, Emulator> started = emulators.start(EmulatorSettings.inProcess(directory.resolve("state")));
            if (started.isLeft()) {
                CliText english = CliText.in(chosen);
                console.problem(english.format(started.getLeft().messageKey(), started.getLeft().messageArguments().toJavaArray()));
                return ExitCodes.of(started.getLeft());
            }
            Emulator emulator = started.get();
            try (Progress progress = console.progress(out.text().format("demo.progress"), STEPS, true)) {
                AzureSide side = azure.open(new AzureChoice.Emulator(emulator.url(), emulator.caPem(), DemoScene.TIMEOUT, emulator.adminKey()))
                        .getOrElseThrow(problem -> new IllegalStateException("the demo's own emulator cannot be reached: " + problem));
                return tell(new DemoScene(new DemoTeller(out, progress), emulator, side, ground.cast(), opener, expectations, directory,
                        Instant.now().truncatedTo(ChronoUnit.HOURS), Duration.ofSeconds(timeout))) ? ExitCodes.OK : ExitCodes.FAILURE;
            } finally {
                started.get().stop();
            }
        } finally {
            DemoFiles.deleteAll(directory);
        }
    }

    private static boolean tell(DemoScene scene) {
        DemoTeller teller = scene.teller();
        teller.out().say("demo.start", scene.emulator().url(), scene.directory());
        teller.chapter("demo.chapter.stamp");
        Option<Registered> stamp = StampChapter.register(scene, scene.stamp("stamp"), BillingModel.PayAsYouUse,
                scene.cast().registrationSubscription());
        if (stamp.isDefined()) {
            TenantChapter tenants = new TenantChapter(scene, stamp.get().key());
            tenants.approveAndOnboard();
            tenants.provokeEveryCode();
            BridgeChapter bridge = new BridgeChapter(scene, scene.stamp("stamp"));
            bridge.day();
            bridge.everyBridgeCode();
            new BillChapter(scene).compare(scene.stamp("stamp"), stamp.get().cloud());
        }
        return teller.end();
    }
}
