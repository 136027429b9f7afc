package io.stackbridge.adapters.cli.marketplace;

import io.stackbridge.adapters.cli.ExitCodes;
import io.stackbridge.adapters.cli.console.JsonOutput;
import io.stackbridge.adapters.cli.console.OutputOption;
import io.stackbridge.adapters.cli.console.TextTable;
import io.stackbridge.adapters.cli.stack.AzureOptions;
import io.stackbridge.adapters.cli.stack.StackCommand;
import io.stackbridge.adapters.cli.stack.StackConsole;
import io.stackbridge.adapters.cli.stack.StackOptions;
import io.stackbridge.adapters.cli.stack.StackRequest;
import io.stackbridge.adapters.cli.stack.StackSubcommand;
import io.stackbridge.adapters.cli.stack.StackUseCases;
import io.stackbridge.application.port.in.gallery.BrowseMarketplaceUseCase.Offer;
import io.vavr.collection.List;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code stackbridge marketplace list}: what Azure offers the stamp's registration, those in the gallery marked. */
@Command(name = "list", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Lists the products Azure offers the stamp's registration (only when its token turned marketplace "
                + "syndication on), marking those already downloaded into the stamp's gallery.")
public final class MarketplaceListCommand extends StackSubcommand {

    @Mixin
    private AzureOptions azure;

    @Mixin
    private OutputOption output;

    @Mixin
    private StackOptions stack;

    @Inject
    public MarketplaceListCommand(StackCommand command) {
        super(command, MarketplaceCommands.class);
    }

    @Override
    public Integer call() {
        StackRequest request = StackRequest.reaching(stack, azure.choice(spec, command.console(stack).text()));
        return command.run(stack, request, this::list);
    }

    private int list(StackUseCases useCases, StackConsole out) {
        return GalleryFailures.guarded(out, () -> useCases.browseMarketplace().browse().fold(out::error, offers -> {
            if (output.json()) {
                out.show(JsonOutput.write(Map.of("products", offers.map(MarketplaceListCommand::json).toJavaList())));
                return ExitCodes.OK;
            }
            out.say("marketplace.list.head", offers.size(), offers.count(Offer::downloaded));
            TextTable.of(List.of(out.text().format("marketplace.column.name"), out.text().format("marketplace.column.kind"),
                            out.text().format("marketplace.column.version"), out.text().format("marketplace.column.size"),
                            out.text().format("marketplace.column.downloaded")))
                    .rows(offers.map(offer -> List.of(offer.product().name(), offer.product().kind().wire(), offer.product().version(),
                            String.valueOf(offer.product().payloadLength()), out.text().format(offer.downloaded() ? "value.yes" : "value.no"))))
                    .alignRight(3).lines().forEach(out::show);
            return ExitCodes.OK;
        }));
    }

    private static Map<String, Object> json(Offer offer) {
        Map<String, Object> product = new LinkedHashMap<>();
        product.put("name", offer.product().name());
        product.put("kind", offer.product().kind().wire());
        product.put("displayName", offer.product().displayName());
        product.put("publisher", offer.product().publisherDisplayName());
        product.put("version", offer.product().version());
        product.put("payloadLength", offer.product().payloadLength());
        product.put("downloaded", offer.downloaded());
        return product;
    }
}
