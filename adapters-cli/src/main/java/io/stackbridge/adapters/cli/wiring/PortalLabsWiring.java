package io.stackbridge.adapters.cli.wiring;

import io.stackbridge.adapters.cli.azure.AzureSide;
import io.stackbridge.adapters.cli.console.ConsoleOutput;
import io.stackbridge.adapters.cli.lab.LabDesk;
import io.stackbridge.adapters.cli.lab.LabRunner;
import io.stackbridge.adapters.cli.lab.LabSession;
import io.stackbridge.adapters.cli.portal.DirectoryStamp;
import io.stackbridge.adapters.cli.portal.HostedStamp;
import io.stackbridge.adapters.cli.portal.PageLabs;
import io.stackbridge.adapters.cli.stack.AzureChoice;
import io.stackbridge.adapters.cli.stack.StackDefaults;
import io.stackbridge.adapters.http.server.portal.PortalLabs;
import io.stackbridge.application.port.in.bridge.RunBridgeUseCase;
import io.stackbridge.application.service.bridge.RunBridgeService;
import io.stackbridge.domain.bridge.BridgeSettings;
import io.vavr.Lazy;
import io.vavr.control.Either;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;

/**
 * The labs the portal runs, on the stamp it shows: the hosted one (its lab state under serve's state
 * directory, its pushes one attempt each, as {@code lab} makes them) or a CLI stamp's directory (its lab
 * state beside {@code stamp.db}, where {@code stackbridge lab} keeps it, opened as the commands open it).
 * The Azure side a lab breaks and fixes is the served fake's, in process.
 */
final class PortalLabsWiring {

    /** Where, under serve's state directory, the hosted stamp's lab state is kept. */
    static final String HOSTED_LABS = "hosted-stamp";

    private PortalLabsWiring() {
    }

    static PortalLabs hosted(Path stateDirectory, HostedStamp stamp, SimulatedStamp.Served hosted, AzureForStamp reach,
                             AzureSide operator, AzureChoice.Emulator emulator) {
        StackDefaults defaults = StackModule.defaults();
        Lazy<RunBridgeUseCase> once = Lazy.of(() -> oneAttempt(hosted.stamp().get(), reach));
        LabDesk.Sessions sessions = (out, work) -> Either.right(work.apply(new LabSession(stamp.forLabs(once.get()), operator, emulator.url(),
                out, out.language(), defaults)));
        Path directory = stateDirectory.resolve(HOSTED_LABS);
        return new PageLabs(new LabDesk(directory, sessions));
    }

    static PortalLabs directory(DirectoryStamp stamp, Path directory, AzureSide operator, AzureChoice.Emulator emulator) {
        PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
        LabRunner runner = new LabRunner(new ConsoleOutput(nowhere, nowhere), new StackLauncher(), choice -> Either.right(operator),
                StackModule.defaults());
        LabDesk.Sessions sessions = (out, work) -> runner.open(stamp.request(true), emulator, out, false, work);
        return new PageLabs(new LabDesk(directory, sessions));
    }

    /** The hosted stamp's bridge with one attempt per batch, over the same state and Azure as its own. */
    private static RunBridgeUseCase oneAttempt(ServedStampComponent stamp, AzureForStamp reach) {
        BridgeSettings settings = BridgeSettings.DEFAULT.withBackoff(BridgeSettings.DEFAULT.backoff().withMaxAttempts(1));
        return new RunBridgeService(stamp.stampStore(), stamp.activationStore(), stamp.usageOutbox(), reach.tokens(), reach.usage(),
                stamp.bridgeHealth(), stamp.stampClock(), stamp.sleeper(), settings);
    }
}
