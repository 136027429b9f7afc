package io.stackbridge.adapters.cli.usage;

import io.stackbridge.adapters.cli.stack.StackConsole;
import io.stackbridge.domain.localusage.AggregatePage;
import io.stackbridge.domain.localusage.UsageAggregate;
import io.stackbridge.domain.meter.Meter;
import io.stackbridge.domain.meter.MeterCatalog;
import io.vavr.collection.List;

/** One page of usage aggregates as a text table: subscription, meter, bucket, quantity and resource; then the count and the next page. */
final class AggregateTable {

    private static final String FORMAT = "%-36s  %-28s  %-20s  %-20s  %18s  %s";

    private AggregateTable() {
    }

    static void show(StackConsole out, AggregatePage page) {
        List<String> headings = List.of("subscription", "meter", "start", "end", "quantity", "resource")
                .map(column -> out.text().format("aggregates.column." + column));
        out.show(String.format(FORMAT, headings.toJavaArray()).stripTrailing());
        page.aggregates().forEach(aggregate -> out.show(row(aggregate)));
        out.say("aggregates.count", page.aggregates().size());
        page.next().forEach(token -> out.say("aggregates.next", token.encode()));
    }

    private static String row(UsageAggregate aggregate) {
        String meter = MeterCatalog.standard().find(aggregate.meterId()).map(Meter::name).getOrElse(aggregate.meterId().value());
        return String.format(FORMAT, aggregate.subscriptionId(), meter, aggregate.usageStart(), aggregate.usageEnd(),
                aggregate.quantity().amount().toPlainString(), aggregate.instanceData().resourceUri());
    }
}
