package io.stackbridge.adapters.cli.stamp;

import io.stackbridge.adapters.cli.ExitCodes;
import io.stackbridge.adapters.cli.console.CliText;
import io.stackbridge.adapters.cli.stack.AzureOptions;
import io.stackbridge.adapters.cli.stack.StackCommand;
import io.stackbridge.adapters.cli.stack.StackConsole;
import io.stackbridge.adapters.cli.stack.StackDefaults;
import io.stackbridge.adapters.cli.stack.StackOptions;
import io.stackbridge.adapters.cli.stack.StackRequest;
import io.stackbridge.adapters.cli.stack.StackSubcommand;
import io.stackbridge.adapters.cli.stack.StackUseCases;
import io.stackbridge.domain.error.RegistrationError.InvalidRegistrationToken;
import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.id.Guid;
import io.stackbridge.domain.stamp.Stamp;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import static io.stackbridge.adapters.cli.stack.OptionValues.valid;
import static io.stackbridge.adapters.cli.stack.OptionValues.within;

/** {@code stackbridge stamp init}: creates the stamp in its data directory, with its hardware, billing choice and bridge principal. */
@Command(name = "init", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Creates a stamp in the data directory: a cloud ID, its nodes, the billing model for its registration, "
                + "and the bridge's service principal (the well-known one unless told otherwise).")
public final class StampInitCommand extends StackSubcommand {

    @Option(names = "--cloud-id", paramLabel = "GUID", description = "The stamp's cloud ID (default: a new random one).")
    private String cloudId;

    @Option(names = "--nodes", paramLabel = "N", defaultValue = "4", description = "Physical nodes, 1 to 16 (default: ${DEFAULT-VALUE}).")
    private int nodes;

    @Option(names = "--cores-per-node", paramLabel = "N", defaultValue = "16", description = "Cores of each node (default: ${DEFAULT-VALUE}).")
    private int cores;

    @Mixin
    private StampBillingOptions billing;

    @Mixin
    private PrincipalOptions principal;

    @Mixin
    private AzureOptions azure;

    @Mixin
    private StackOptions stack;

    private final StackDefaults defaults;

    @Inject
    public StampInitCommand(StackCommand command, StackDefaults defaults) {
        super(command, StampCommands.class);
        this.defaults = defaults;
    }

    @Override
    public Integer call() {
        CliText text = command.console(stack).text();
        CloudId cloud = cloudId == null ? new CloudId(Guid.random()) : valid(spec, text, "--cloud-id", CloudId.parse(cloudId));
        within(spec, text, "--nodes", nodes, 1, 16);
        within(spec, text, "--cores-per-node", cores, 1, 1024);
        var bridge = principal.of(spec, text, defaults.bridgePrincipal(), azure.choice(spec, text).login());
        StackRequest request = StackRequest.local(stack);
        return Stamp.of(cloud, StampNodes.of(cloud, nodes, cores), billing.choice(), bridge).fold(
                problems -> command.console(stack).error(new InvalidRegistrationToken(problems)),
                stamp -> command.create(stack, request, stamp, (useCases, out) -> create(useCases, out, stamp)));
    }

    private int create(StackUseCases useCases, StackConsole out, Stamp stamp) {
        return useCases.chooseBilling().choose(stamp.billing()).fold(out::error, created -> {
            out.say("stamp.init.done", created.cloudId(), stack.dataDirectory(), created.nodes().size(), created.billing().model(),
                    created.principal().clientId(), created.principal().loginEndpoint());
            return ExitCodes.OK;
        });
    }
}
