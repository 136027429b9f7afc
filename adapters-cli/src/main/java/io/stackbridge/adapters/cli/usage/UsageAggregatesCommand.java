package io.stackbridge.adapters.cli.usage;

import io.stackbridge.adapters.cli.ExitCodes;
import io.stackbridge.adapters.cli.console.OutputOption;
import io.stackbridge.adapters.cli.stack.StackCommand;
import io.stackbridge.adapters.cli.stack.StackConsole;
import io.stackbridge.adapters.cli.stack.StackDefaults;
import io.stackbridge.adapters.cli.stack.StackOptions;
import io.stackbridge.adapters.cli.stack.StackRequest;
import io.stackbridge.adapters.cli.stack.StackSubcommand;
import io.stackbridge.adapters.cli.stack.StackUseCases;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.localusage.AggregatePage;
import io.stackbridge.domain.localusage.UsageApi;
import io.stackbridge.domain.localusage.UsageQueryRules;
import io.stackbridge.domain.localusage.UsageQueryText;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code stackbridge usage aggregates}: the stamp's provider ({@code subscriberUsageAggregates}) or
 * tenant ({@code usageAggregates}) usage API with its documented parameters, one page as a table.
 */
@Command(name = "aggregates", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Queries the stamp's usage API as a provider (subscriberUsageAggregates) or a tenant (usageAggregates), "
                + "by reported time, and prints one page of aggregates as a table.")
public final class UsageAggregatesCommand extends StackSubcommand {

    @picocli.CommandLine.Option(names = "--api", paramLabel = "API", defaultValue = "provider",
            description = "provider (default) or tenant.")
    private UsageApi api;

    @picocli.CommandLine.Option(names = "--subscription", paramLabel = "GUID",
            description = "The caller's subscription (default: the default provider subscription).")
    private String subscription;

    @picocli.CommandLine.Option(names = {"--reported-start-time", "--from"}, paramLabel = "TIME",
            description = "reportedStartTime: included, on the hour (UTC midnight for daily).")
    private String start;

    @picocli.CommandLine.Option(names = {"--reported-end-time", "--to"}, paramLabel = "TIME",
            description = "reportedEndTime: excluded, on the hour (UTC midnight for daily), not in the future.")
    private String end;

    @picocli.CommandLine.Option(names = "--aggregation-granularity", paramLabel = "daily|hourly",
            description = "aggregationGranularity (default: daily).")
    private String granularity;

    @picocli.CommandLine.Option(names = "--subscriber-id", paramLabel = "GUID",
            description = "subscriberId: one direct tenant of the caller (provider API only).")
    private String subscriber;

    @picocli.CommandLine.Option(names = "--continuation-token", paramLabel = "TOKEN", description = "continuationToken of the next page.")
    private String continuation;

    @picocli.CommandLine.Option(names = "--api-version", paramLabel = "VERSION", defaultValue = UsageQueryRules.API_VERSION,
            description = "api-version (default: ${DEFAULT-VALUE}).")
    private String apiVersion;

    @Mixin
    private StackOptions stack;

    @Mixin
    private OutputOption output;

    private final StackDefaults defaults;

    @Inject
    public UsageAggregatesCommand(StackCommand command, StackDefaults defaults) {
        super(command, UsageCommands.class);
        this.defaults = defaults;
    }

    @Override
    public Integer call() {
        return command.run(stack, StackRequest.local(stack), this::query);
    }

    private int query(StackUseCases useCases, StackConsole out) {
        UsageQueryText query = new UsageQueryText(Option.of(subscription).orElse(Option.some(defaults.providerSubscription())),
                Option.of(apiVersion), Option.of(start), Option.of(end), Option.of(granularity), Option.of(subscriber),
                Option.of(continuation));
        Either<DomainError, AggregatePage> page = api == UsageApi.PROVIDER
                ? useCases.queryProviderUsage().subscriberUsageAggregates(query)
                : useCases.queryTenantUsage().usageAggregates(query);
        return page.fold(out::error, found -> {
            if (output.json()) {
                out.json(AggregateTable.json(found));
            } else {
                AggregateTable.show(out, found);
            }
            return ExitCodes.OK;
        });
    }
}
