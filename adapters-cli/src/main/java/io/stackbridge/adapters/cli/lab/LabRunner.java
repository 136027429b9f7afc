package io.stackbridge.adapters.cli.lab;

import io.stackbridge.adapters.cli.ExitCodes;
import io.stackbridge.adapters.cli.azure.AzureSide;
import io.stackbridge.adapters.cli.azure.AzureSideOpener;
import io.stackbridge.adapters.cli.console.ConsoleOutput;
import io.stackbridge.adapters.cli.emulator.DevPrincipal;
import io.stackbridge.adapters.cli.stack.AzureChoice;
import io.stackbridge.adapters.cli.stack.StackConsole;
import io.stackbridge.adapters.cli.stack.StackDefaults;
import io.stackbridge.adapters.cli.stack.StackOpener;
import io.stackbridge.adapters.cli.stack.StackOptions;
import io.stackbridge.adapters.cli.stack.StackProblem;
import io.stackbridge.adapters.cli.stack.StackRequest;
import io.stackbridge.adapters.cli.stack.StackUseCases;
import io.stackbridge.domain.billing.BillingModel;
import io.stackbridge.domain.id.ClientId;
import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.id.Guid;
import io.stackbridge.domain.id.ObjectId;
import io.stackbridge.domain.id.TenantId;
import io.stackbridge.domain.identity.ClientSecret;
import io.stackbridge.domain.registration.NodeHardware;
import io.stackbridge.domain.stamp.BillingChoice;
import io.stackbridge.domain.stamp.BridgePrincipal;
import io.stackbridge.domain.stamp.RegionProperties;
import io.stackbridge.domain.stamp.Stamp;
import io.vavr.collection.List;
import io.vavr.control.Either;
import jakarta.inject.Inject;

import java.util.function.Function;

/**
 * Runs a lab command's work in a session: the stamp of the data directory (created PayAsYouUse with the
 * well-known bridge principal when asked and missing), the emulator's Azure side, one attempt per push.
 */
public final class LabRunner {

    private final ConsoleOutput console;
    private final StackOpener opener;
    private final AzureSideOpener azures;
    private final StackDefaults defaults;

    @Inject
    public LabRunner(ConsoleOutput console, StackOpener opener, AzureSideOpener azures, StackDefaults defaults) {
        this.console = console;
        this.opener = opener;
        this.azures = azures;
        this.defaults = defaults;
    }

    StackConsole console(StackOptions stack) {
        return StackConsole.of(console, stack);
    }

    ConsoleOutput output() {
        return console;
    }

    StackDefaults defaults() {
        return defaults;
    }

    /** Runs {@code work} on the stamp's region properties alone, without reaching Azure. */
    int runLocal(StackOptions stack, Function<RegionProperties, Integer> work) {
        return opener.run(StackRequest.local(stack), useCases -> work.apply(useCases.readRegionProperties().properties()))
                .fold(console(stack)::problem, code -> code);
    }

    /** Runs {@code work} in a session; with {@code create}, on a new stamp if the directory holds none. */
    int run(StackOptions stack, AzureChoice.Emulator emulator, boolean create, Function<LabSession, Integer> work) {
        StackConsole out = console(stack);
        return open(StackRequest.reaching(stack, emulator), emulator, out, create, work).fold(out::problem, code -> code);
    }

    /**
     * Runs {@code work} in a session on the stamp {@code request} opens, reaching {@code emulator}, telling {@code out};
     * with {@code create}, on a new stamp if the directory holds none. The portal opens its sessions here too.
     */
    public Either<StackProblem, Integer> open(StackRequest request, AzureChoice.Emulator emulator, StackConsole out, boolean create,
                                              Function<LabSession, Integer> work) {
        Either<StackProblem, AzureSide> azure = azures.open(emulator);
        if (azure.isLeft()) {
            return Either.left(azure.getLeft());
        }
        StackRequest oneAttempt = request.withBridge(StackRequest.DEFAULT_BATCH_SIZE, 1);
        Function<StackUseCases, Integer> session = useCases -> work.apply(new LabSession(useCases, azure.get(), emulator.url(), out,
                out.language(), defaults));
        Either<StackProblem, Integer> ran = opener.run(oneAttempt, session);
        if (create && ran.isLeft() && ran.getLeft() instanceof StackProblem.StampNotInitialized) {
            Stamp stamp = newStamp(emulator);
            Either<StackProblem, Integer> created = opener.create(oneAttempt, stamp, useCases -> useCases.chooseBilling()
                    .choose(stamp.billing())
                    .fold(out::error, chosen -> {
                        out.say("lab.stampCreated", chosen.cloudId(), request.dataDirectory());
                        return ExitCodes.OK;
                    }));
            // The session runs once the new stamp is committed, never inside the transaction that creates it: a bridge
            // run reads its next batch on a thread of its own, which would wait for that transaction for ever.
            ran = created.isRight() && created.get() == ExitCodes.OK ? opener.run(oneAttempt, session) : created;
        }
        return ran;
    }

    private Stamp newStamp(AzureChoice.Emulator emulator) {
        DevPrincipal known = defaults.bridgePrincipal();
        CloudId cloud = new CloudId(Guid.random());
        NodeHardware node = new NodeHardware("node01", Guid.random().toString(), 16, List.empty(), List.empty(), List.empty(),
                List.empty(), List.empty());
        BridgePrincipal principal = new BridgePrincipal(emulator.login(), TenantId.of(known.tenantId()), ClientId.of(known.clientId()),
                ObjectId.of(known.objectId()), new ClientSecret(known.clientSecret()));
        return Stamp.of(cloud, List.of(node), BillingChoice.of(BillingModel.PayAsYouUse), principal)
                .getOrElseGet(problems -> {
                    throw new IllegalStateException("the lab's stamp breaks the token rules: " + problems);
                });
    }
}
