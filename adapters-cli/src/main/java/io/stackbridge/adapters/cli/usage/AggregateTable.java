package io.stackbridge.adapters.cli.usage;

import io.stackbridge.adapters.cli.console.TextTable;
import io.stackbridge.adapters.cli.stack.StackConsole;
import io.stackbridge.adapters.cli.stack.StackJson;
import io.stackbridge.domain.localusage.AggregatePage;
import io.stackbridge.domain.localusage.UsageAggregate;
import io.stackbridge.domain.meter.Meter;
import io.stackbridge.domain.meter.MeterCatalog;
import io.vavr.collection.List;

import java.util.Map;

/**
 * One page of usage aggregates as a text table (subscription, meter, bucket, quantity aligned right,
 * resource; then the count and the next page), or as one JSON document.
 */
final class AggregateTable {

    private static final List<String> COLUMNS = List.of("subscription", "meter", "start", "end", "quantity", "resource");
    private static final int QUANTITY = COLUMNS.indexOf("quantity");

    private AggregateTable() {
    }

    static void show(StackConsole out, AggregatePage page) {
        TextTable.of(COLUMNS.map(column -> out.text().format("aggregates.column." + column)))
                .rows(page.aggregates().map(AggregateTable::cells))
                .alignRight(QUANTITY)
                .lines().forEach(out::show);
        out.say("aggregates.count", page.aggregates().size());
        page.next().forEach(token -> out.say("aggregates.next", token.encode()));
    }

    static Map<String, Object> json(AggregatePage page) {
        Map<String, Object> json = StackJson.document();
        json.put("aggregates", page.aggregates().map(AggregateTable::json).toJavaList());
        json.put("count", page.aggregates().size());
        json.put("continuationToken", page.next().map(token -> token.encode()).getOrNull());
        return json;
    }

    private static Map<String, Object> json(UsageAggregate aggregate) {
        Map<String, Object> json = StackJson.document();
        json.put("subscriptionId", aggregate.subscriptionId().toString());
        json.put("meterId", aggregate.meterId().value());
        json.put("meterName", meter(aggregate));
        json.put("usageStartTime", aggregate.usageStart().toString());
        json.put("usageEndTime", aggregate.usageEnd().toString());
        json.put("quantity", aggregate.quantity().amount().toPlainString());
        json.put("resourceUri", aggregate.instanceData().resourceUri());
        return json;
    }

    private static String meter(UsageAggregate aggregate) {
        return MeterCatalog.standard().find(aggregate.meterId()).map(Meter::name).getOrElse(aggregate.meterId().value());
    }

    private static List<String> cells(UsageAggregate aggregate) {
        return List.of(aggregate.subscriptionId().toString(), meter(aggregate), aggregate.usageStart().toString(),
                aggregate.usageEnd().toString(), aggregate.quantity().amount().toPlainString(), aggregate.instanceData().resourceUri());
    }
}
