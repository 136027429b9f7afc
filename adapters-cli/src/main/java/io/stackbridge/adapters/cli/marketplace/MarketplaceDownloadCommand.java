package io.stackbridge.adapters.cli.marketplace;

import io.stackbridge.adapters.cli.ExitCodes;
import io.stackbridge.adapters.cli.stack.AzureOptions;
import io.stackbridge.adapters.cli.stack.StackCommand;
import io.stackbridge.adapters.cli.stack.StackConsole;
import io.stackbridge.adapters.cli.stack.StackOptions;
import io.stackbridge.adapters.cli.stack.StackProblem;
import io.stackbridge.adapters.cli.stack.StackRequest;
import io.stackbridge.adapters.cli.stack.StackSubcommand;
import io.stackbridge.adapters.cli.stack.StackUseCases;
import io.stackbridge.domain.marketplace.DownloadOutcome;
import io.stackbridge.domain.marketplace.DownloadOutcome.DigestMismatch;
import io.stackbridge.domain.marketplace.DownloadOutcome.Downloaded;
import io.stackbridge.domain.error.DomainError;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code stackbridge marketplace download NAME}: pulls a product into the stamp's gallery, resuming what an earlier attempt kept. */
@Command(name = "download", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Downloads a product into the stamp's gallery: its details, then each package file with its progress "
                + "shown, each checked against its MD5; the outcome is reported to Azure (uploadProductLog). An interrupted "
                + "download keeps what arrived, and the same command resumes it.")
public final class MarketplaceDownloadCommand extends StackSubcommand {

    @Parameters(index = "0", paramLabel = "NAME", descriptionKey = "stackbridge.marketplace.download.NAME",
            description = "The product's name, as marketplace list shows it.")
    private String name;

    @Mixin
    private AzureOptions azure;

    @Mixin
    private StackOptions stack;

    @Inject
    public MarketplaceDownloadCommand(StackCommand command) {
        super(command, MarketplaceCommands.class);
    }

    @Override
    public Integer call() {
        StackRequest request = StackRequest.reaching(stack, azure.choice(spec, command.console(stack).text()));
        return command.run(stack, request, this::download);
    }

    private int download(StackUseCases useCases, StackConsole out) {
        DownloadProgress progress = new DownloadProgress(out);
        return GalleryFailures.guarded(out, () -> useCases.downloadProduct().download(name, progress)
                .fold(error -> interrupted(out, progress, error), outcome -> finished(out, outcome)));
    }

    private static int interrupted(StackConsole out, DownloadProgress progress, DomainError error) {
        int code = out.error(error);
        progress.last().forEach(kept -> out.say("marketplace.download.kept", kept.received(), kept.length(), kept.file()));
        return code;
    }

    private static int finished(StackConsole out, DownloadOutcome outcome) {
        if (outcome instanceof DigestMismatch mismatch) {
            return out.problem(new StackProblem.PackageDigestMismatch(mismatch.product(), mismatch.file(), mismatch.expected(),
                    mismatch.actual()));
        }
        Downloaded done = (Downloaded) outcome;
        out.say("marketplace.download.done", done.item().name(), done.item().version(), done.item().files().size(), done.item().length());
        out.say(done.logged() ? "marketplace.download.logged" : "marketplace.download.notLogged");
        return ExitCodes.OK;
    }
}
