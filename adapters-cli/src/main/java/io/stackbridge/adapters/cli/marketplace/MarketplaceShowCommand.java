package io.stackbridge.adapters.cli.marketplace;

import io.stackbridge.adapters.cli.ExitCodes;
import io.stackbridge.adapters.cli.console.CliText;
import io.stackbridge.adapters.cli.console.JsonOutput;
import io.stackbridge.adapters.cli.console.OutputOption;
import io.stackbridge.adapters.cli.stack.AzureOptions;
import io.stackbridge.adapters.cli.stack.OptionValues;
import io.stackbridge.adapters.cli.stack.StackCommand;
import io.stackbridge.adapters.cli.stack.StackConsole;
import io.stackbridge.adapters.cli.stack.StackOptions;
import io.stackbridge.adapters.cli.stack.StackRequest;
import io.stackbridge.adapters.cli.stack.StackSubcommand;
import io.stackbridge.adapters.cli.stack.StackUseCases;
import io.stackbridge.application.port.in.gallery.ShowMarketplaceProductUseCase.Shown;
import io.stackbridge.domain.marketplace.DeviceConfiguration;
import io.stackbridge.domain.marketplace.DeviceVersion;
import io.stackbridge.domain.marketplace.IdentitySystem;
import io.stackbridge.domain.marketplace.StampDevice;
import io.vavr.control.Option;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code stackbridge marketplace show NAME}: a product, whether it fits this stamp, and what downloading it pulls. */
@Command(name = "show", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Shows a product Azure offers the registration: its listing, whether it fits this stamp "
                + "(isCompatible and the issues Azure names) and the files a download pulls.")
public final class MarketplaceShowCommand extends StackSubcommand {

    @Parameters(index = "0", paramLabel = "NAME", descriptionKey = "stackbridge.marketplace.show.NAME",
            description = "The product's name, as marketplace list shows it.")
    private String name;

    @picocli.CommandLine.Option(names = "--device-version", paramLabel = "VERSION", defaultValue = StampDevice.VERSION,
            description = "The Azure Stack Hub version the stamp states when it asks (default: ${DEFAULT-VALUE}).")
    private String deviceVersion;

    @picocli.CommandLine.Option(names = "--identity-system", paramLabel = "SYSTEM", defaultValue = "AzureAD",
            description = "The identity system the stamp states: AzureAD or ADFS (default: ${DEFAULT-VALUE}).")
    private String identitySystem;

    @Mixin
    private AzureOptions azure;

    @Mixin
    private OutputOption output;

    @Mixin
    private StackOptions stack;

    @Inject
    public MarketplaceShowCommand(StackCommand command) {
        super(command, MarketplaceCommands.class);
    }

    @Override
    public Integer call() {
        CliText text = command.console(stack).text();
        DeviceConfiguration device = new DeviceConfiguration(
                Option.some(OptionValues.valid(spec, text, "--device-version", DeviceVersion.parse("deviceVersion", deviceVersion))),
                Option.some(OptionValues.valid(spec, text, "--identity-system", IdentitySystem.parse(IdentitySystem.FIELD, identitySystem))));
        StackRequest request = StackRequest.reaching(stack, azure.choice(spec, text));
        return command.run(stack, request, (useCases, out) -> show(useCases, out, device));
    }

    private int show(StackUseCases useCases, StackConsole out, DeviceConfiguration device) {
        return GalleryFailures.guarded(out, () -> useCases.showMarketplaceProduct().show(name, device).fold(out::error, shown -> {
            if (output.json()) {
                out.show(JsonOutput.write(ShownProduct.json(shown)));
            } else {
                lines(out, shown, device);
            }
            return ExitCodes.OK;
        }));
    }

    private static void lines(StackConsole out, Shown shown, DeviceConfiguration device) {
        var product = shown.fit().product();
        out.say("marketplace.show.product", product.name(), product.displayName());
        out.say("marketplace.show.listing", product.publisherDisplayName(), product.kind().wire(), product.version(), product.payloadLength());
        out.say(shown.downloaded() ? "marketplace.show.inGallery" : "marketplace.show.notInGallery");
        out.say(shown.fit().isCompatible() ? "marketplace.show.compatible" : "marketplace.show.incompatible",
                device.deviceVersion().get(), device.identitySystem().get());
        shown.fit().issues().forEach(issue -> out.say("marketplace.show.issue", issue.name(), out.text().format("marketplace.issue." + issue.name())));
        out.say("marketplace.show.files", shown.details().files().size());
        shown.details().files().forEach(file -> out.say("marketplace.show.file", file.file(), file.uri()));
    }
}
