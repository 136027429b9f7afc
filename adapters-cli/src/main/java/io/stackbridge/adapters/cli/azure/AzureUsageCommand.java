package io.stackbridge.adapters.cli.azure;

import io.stackbridge.adapters.cli.console.OutputOption;
import io.stackbridge.application.port.in.usage.QueryUsageLedgerUseCase.BatchQuery;
import io.stackbridge.application.port.in.usage.QueryUsageLedgerUseCase.Query;
import io.stackbridge.application.port.in.usage.QueryUsageLedgerUseCase.SummaryQuery;
import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.id.MeterId;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.usage.LedgerGrouping;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.control.Option;
import io.vavr.control.Try;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.time.Instant;

/** {@code stackbridge azure usage [batches]}: what the emulated Azure booked (the ledger), or the batches it accepted. */
@Command(name = "usage", mixinStandardHelpOptions = true,
        description = "Shows what the emulated Azure booked from the usage the stamps pushed, split with --group-by; "
                + "usage batches lists the batches it accepted.")
public final class AzureUsageCommand extends AzureSubcommand {

    @Mixin
    private OutputOption output;

    @Parameters(arity = "0..1", paramLabel = "batches", descriptionKey = "batches",
            description = "batches: lists the accepted batches instead of the totals.")
    private String batches;

    @picocli.CommandLine.Option(names = "--group-by", paramLabel = "GROUPING",
            description = "Splits the totals: subscription, meter, hour or registration; repeat it to combine them.")
    private java.util.List<String> groupBy = new java.util.ArrayList<>();

    @picocli.CommandLine.Option(names = "--subscription", paramLabel = "ID", description = "Only usage billed to this subscription.")
    private String subscription;

    @picocli.CommandLine.Option(names = "--meter", paramLabel = "ID", description = "Only usage of this meter.")
    private String meter;

    @picocli.CommandLine.Option(names = "--cloud-id", paramLabel = "ID", description = "Only usage (or batches) this stamp sent.")
    private String cloudId;

    @picocli.CommandLine.Option(names = "--from", paramLabel = "INSTANT", description = "Only usage hours starting at or after this instant.")
    private String from;

    @picocli.CommandLine.Option(names = "--to", paramLabel = "INSTANT", description = "Only usage hours starting before this instant.")
    private String to;

    @picocli.CommandLine.Option(names = "--skip", paramLabel = "N", defaultValue = "0", description = "usage batches: skips the first N.")
    private int skip;

    @picocli.CommandLine.Option(names = "--limit", paramLabel = "N", defaultValue = "100",
            description = "usage batches: at most N, from 1 to 1000 (default: ${DEFAULT-VALUE}).")
    private int limit;

    @Inject
    public AzureUsageCommand(AzureCommand command) {
        super(command, AzureCommands.class);
    }

    @Override
    public Integer call() {
        if (batches != null && !"batches".equals(batches)) {
            throw usage("azure.usage.what", batches);
        }
        Option<CloudId> cloud = Option.of(cloudId).map(text -> CloudId.parse("--cloud-id", text).toEither().getOrElseThrow(this::invalid));
        if (batches != null) {
            if (!groupBy.isEmpty() || subscription != null || meter != null || from != null || to != null) {
                throw usage("azure.usage.batchesFilters", batches);
            }
            if (skip < 0 || limit < 1 || limit > 1000) {
                throw usage("azure.invalidOption", "--skip " + skip + " --limit " + limit);
            }
            BatchQuery query = new BatchQuery(cloud, skip, limit);
            return command.run(spec, azure, language, output, (side, out) -> out.answer(side.admin().batches(query),
                    found -> UsageLedgerViews.batches(out, query, found)));
        }
        SummaryQuery query = new SummaryQuery(new Query(
                Option.of(subscription).map(text -> SubscriptionId.parse("--subscription", text).toEither().getOrElseThrow(this::invalid)),
                Option.of(meter).map(text -> MeterId.parse("--meter", text).toEither().getOrElseThrow(this::invalid)),
                instant("--from", from), instant("--to", to)), cloud, groupings());
        return command.run(spec, azure, language, output, (side, out) -> out.answer(side.admin().usage(query),
                summary -> UsageLedgerViews.summary(out, query, summary)));
    }

    private LinkedHashSet<LedgerGrouping> groupings() {
        return LinkedHashSet.ofAll(List.ofAll(groupBy).flatMap(value -> List.of(value.split(","))).map(String::trim)
                .filter(name -> !name.isEmpty())
                .map(name -> LedgerGrouping.parse(name).toEither().getOrElseThrow(this::invalid)));
    }

    private Option<Instant> instant(String option, String text) {
        return Option.of(text).map(value -> Try.of(() -> Instant.parse(value.trim()))
                .getOrElseThrow(() -> usage("azure.invalidOption", option + " " + value)));
    }
}
