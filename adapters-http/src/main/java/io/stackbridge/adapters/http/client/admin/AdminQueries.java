package io.stackbridge.adapters.http.client.admin;

import io.stackbridge.application.port.in.admin.ReadJournalUseCase.JournalQuery;
import io.stackbridge.application.port.in.usage.QueryUsageLedgerUseCase.BatchQuery;
import io.stackbridge.application.port.in.usage.QueryUsageLedgerUseCase.Query;
import io.stackbridge.application.port.in.usage.QueryUsageLedgerUseCase.SummaryQuery;
import io.stackbridge.domain.identity.ServicePrincipal;
import io.stackbridge.domain.usage.LedgerGrouping;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;

import java.util.LinkedHashMap;
import java.util.Map;

/** The query strings and bodies of the admin API's calls, from the port's questions. */
final class AdminQueries {

    private AdminQueries() {
    }

    static Tuple2<String, String> pair(String name, String value) {
        return Tuple.of(name, value);
    }

    static List<Tuple2<String, String>> of(JournalQuery query) {
        return List.<Tuple2<String, String>>empty()
                .appendAll(query.operation().map(operation -> pair("operation", operation.name())))
                .appendAll(query.outcome().map(outcome -> pair("outcome", outcome)))
                .appendAll(query.after().map(after -> pair("after", after.toString())));
    }

    static List<Tuple2<String, String>> of(SummaryQuery query) {
        Query filter = query.filter();
        return List.<Tuple2<String, String>>empty()
                .appendAll(query.groupBy().toList().map(grouping -> pair(LedgerGrouping.FIELD, grouping.wireName())))
                .appendAll(filter.billedTo().map(id -> pair("subscriptionId", id.value())))
                .appendAll(filter.meterId().map(id -> pair("meterId", id.value())))
                .appendAll(query.cloudId().map(id -> pair("cloudId", id.value())))
                .appendAll(filter.from().map(from -> pair("from", from.toString())))
                .appendAll(filter.to().map(to -> pair("to", to.toString())));
    }

    static List<Tuple2<String, String>> of(BatchQuery query) {
        return List.<Tuple2<String, String>>empty()
                .appendAll(query.cloudId().map(id -> pair("cloudId", id.value())))
                .append(pair("skip", String.valueOf(query.skip())))
                .append(pair("limit", String.valueOf(query.limit())));
    }

    /** What {@code PUT /world/principals/{tenant}/{client}} takes: the one body that carries a secret. */
    static Map<String, Object> principalBody(ServicePrincipal principal) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("objectId", principal.objectId().value());
        body.put("secret", principal.secret().value());
        body.put("enabled", principal.enabled());
        body.put("displayName", principal.displayName());
        return body;
    }
}
