package io.stackbridge.adapters.cli.azure;

import io.stackbridge.application.port.in.usage.QueryUsageLedgerUseCase.BatchQuery;
import io.stackbridge.application.port.in.usage.QueryUsageLedgerUseCase.SummaryQuery;
import io.stackbridge.domain.usage.LedgerGroup;
import io.stackbridge.domain.usage.LedgerGrouping;
import io.stackbridge.domain.usage.LedgerSummary;
import io.stackbridge.domain.usage.ReceivedBatches;
import io.vavr.collection.List;

import java.util.LinkedHashMap;
import java.util.Map;

/** How {@code azure usage} shows the ledger's totals and the accepted batches: JSON as the admin API has them, or tables. */
final class UsageLedgerViews {

    private UsageLedgerViews() {
    }

    static int summary(AzureTerminal out, SummaryQuery query, LedgerSummary summary) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("records", summary.records());
        view.put("quantity", summary.quantity().toString());
        view.put("groups", summary.groups().map(AzureViews::group).toJavaList());
        return out.result(view, () -> {
            out.say("azure.usage.total", summary.records(), summary.quantity().toString());
            if (!query.groupBy().isEmpty()) {
                List<LedgerGrouping> columns = query.groupBy().toList();
                out.table(columns.map(grouping -> "azure.heading." + grouping.wireName()).appendAll(List.of("azure.heading.records",
                        "azure.heading.quantity")), summary.groups().map(group -> row(columns, group)), "azure.usage.none");
            }
        });
    }

    private static List<String> row(List<LedgerGrouping> columns, LedgerGroup group) {
        Map<String, Object> values = AzureViews.group(group);
        List<String> keys = columns.map(grouping -> switch (grouping) {
            case SUBSCRIPTION -> "subscriptionId";
            case METER -> "meterId";
            case HOUR -> "hour";
            case REGISTRATION -> "registration";
        });
        return keys.map(key -> String.valueOf(values.get(key))).appendAll(List.of(String.valueOf(group.records()),
                group.quantity().toString()));
    }

    static int batches(AzureTerminal out, BatchQuery query, ReceivedBatches found) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("total", found.total());
        view.put("skip", query.skip());
        view.put("limit", query.limit());
        view.put("batches", found.page().map(AzureViews::batch).toJavaList());
        return out.result(view, () -> {
            out.table(List.of("azure.heading.batch", "azure.heading.cloudId", "azure.heading.records", "azure.heading.booked",
                    "azure.heading.firstSeen"), found.page().map(batch -> List.of(batch.id().value(), batch.cloudId().value(),
                    String.valueOf(batch.records()), String.valueOf(batch.booked()),
                    batch.firstSeen().map(Object::toString).getOrElse("-"))), "azure.usage.noBatches");
            out.say("azure.usage.batchTotal", found.total());
        });
    }
}
