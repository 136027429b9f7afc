package io.stackbridge.adapters.cli.bridge;

import io.stackbridge.adapters.cli.console.CliText;
import io.stackbridge.adapters.cli.stack.AzureOptions;
import io.stackbridge.adapters.cli.stack.StackOptions;
import io.stackbridge.adapters.cli.stack.StackRequest;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

import static io.stackbridge.adapters.cli.stack.OptionValues.within;

/**
 * How the bridge delivers: records per batch, tries per batch before it gives up on a transient
 * failure, and the Azure it delivers to. The options of every command that pushes usage.
 */
public final class BridgeOptions {

    @Option(names = "--batch-size", paramLabel = "N", defaultValue = "1000",
            description = "Records per batch, 1 to 10000 (default: ${DEFAULT-VALUE}).")
    private int batchSize;

    @Option(names = "--attempts", paramLabel = "N", defaultValue = "5",
            description = "Tries per batch for a transient failure, with a growing wait between them (default: ${DEFAULT-VALUE}).")
    private int attempts;

    @Mixin
    private AzureOptions azure;

    /** The request of a command that pushes the stamp's usage to Azure, its bridge settings checked. */
    StackRequest delivering(StackOptions stack, CommandSpec spec, CliText text) {
        return StackRequest.reaching(stack, azure.choice(spec, text))
                .withBridge(within(spec, text, "--batch-size", batchSize, 1, 10_000), within(spec, text, "--attempts", attempts, 1, 20));
    }
}
