package io.stackbridge.adapters.cli.marketplace;

import io.stackbridge.adapters.cli.ExitCodes;
import io.stackbridge.adapters.cli.stack.StackCommand;
import io.stackbridge.adapters.cli.stack.StackOptions;
import io.stackbridge.adapters.cli.stack.StackProblem;
import io.stackbridge.adapters.cli.stack.StackRequest;
import io.stackbridge.adapters.cli.stack.StackSubcommand;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code stackbridge marketplace remove NAME}: deletes a product from the stamp's gallery, without reaching Azure. */
@Command(name = "remove", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Removes a product from the stamp's gallery: its files, its record and any download under way. "
                + "Azure is not reached.")
public final class MarketplaceRemoveCommand extends StackSubcommand {

    @Parameters(index = "0", paramLabel = "NAME", descriptionKey = "stackbridge.marketplace.remove.NAME",
            description = "The product's name, as marketplace list shows it.")
    private String name;

    @Mixin
    private StackOptions stack;

    @Inject
    public MarketplaceRemoveCommand(StackCommand command) {
        super(command, MarketplaceCommands.class);
    }

    @Override
    public Integer call() {
        return command.run(stack, StackRequest.local(stack), (useCases, out) -> GalleryFailures.guarded(out, () -> {
            if (!useCases.removeProduct().remove(name)) {
                return out.problem(new StackProblem.ProductNotInGallery(name));
            }
            out.say("marketplace.remove.done", name);
            return ExitCodes.OK;
        }));
    }
}
