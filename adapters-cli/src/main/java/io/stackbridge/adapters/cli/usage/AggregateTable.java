package io.stackbridge.adapters.cli.usage;

import io.stackbridge.adapters.cli.stack.StackConsole;
import io.stackbridge.domain.localusage.AggregatePage;
import io.stackbridge.domain.localusage.UsageAggregate;
import io.stackbridge.domain.meter.Meter;
import io.stackbridge.domain.meter.MeterCatalog;
import io.vavr.collection.List;

/**
 * One page of usage aggregates as a text table: subscription, meter, bucket, quantity and resource,
 * each column as wide as its widest cell, quantities aligned right; then the count and the next page.
 */
final class AggregateTable {

    private static final List<String> COLUMNS = List.of("subscription", "meter", "start", "end", "quantity", "resource");
    private static final int QUANTITY = COLUMNS.indexOf("quantity");

    private AggregateTable() {
    }

    static void show(StackConsole out, AggregatePage page) {
        List<String> headings = COLUMNS.map(column -> out.text().format("aggregates.column." + column));
        List<List<String>> rows = page.aggregates().map(AggregateTable::cells);
        List<Integer> widths = List.range(0, COLUMNS.size())
                .map(column -> rows.prepend(headings).map(cells -> cells.get(column).length()).max().getOrElse(0));
        rows.prepend(headings).forEach(cells -> out.show(line(cells, widths)));
        out.say("aggregates.count", page.aggregates().size());
        page.next().forEach(token -> out.say("aggregates.next", token.encode()));
    }

    private static List<String> cells(UsageAggregate aggregate) {
        String meter = MeterCatalog.standard().find(aggregate.meterId()).map(Meter::name).getOrElse(aggregate.meterId().value());
        return List.of(aggregate.subscriptionId().toString(), meter, aggregate.usageStart().toString(), aggregate.usageEnd().toString(),
                aggregate.quantity().amount().toPlainString(), aggregate.instanceData().resourceUri());
    }

    private static String line(List<String> cells, List<Integer> widths) {
        return cells.zipWithIndex()
                .map(cell -> pad(cell._1, widths.get(cell._2), cell._2 == QUANTITY))
                .mkString("  ")
                .stripTrailing();
    }

    private static String pad(String cell, int width, boolean right) {
        String padding = " ".repeat(width - cell.length());
        return right ? padding + cell : cell + padding;
    }
}
