package io.stackbridge.adapters.http.server.admin;

import io.stackbridge.adapters.http.server.pipeline.Call;
import io.stackbridge.application.port.in.usage.QueryUsageLedgerUseCase.Query;
import io.stackbridge.application.port.in.usage.QueryUsageLedgerUseCase.SummaryQuery;
import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.id.MeterId;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.text.Excerpt;
import io.stackbridge.domain.usage.LedgerGrouping;
import io.stackbridge.domain.validation.Rule;
import io.stackbridge.domain.validation.ValueType;
import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * The ledger summary's query string: {@code groupBy} (repeated or comma-separated, any case),
 * {@code subscriptionId}, {@code meterId}, {@code cloudId}, and {@code from}/{@code to} as ISO-8601
 * instants compared with each usage hour's start (from inclusive, to exclusive, any instant).
 */
final class LedgerQueryParameters {

    private LedgerQueryParameters() {
    }

    static Validation<Seq<Violation>, SummaryQuery> read(Call call) {
        Validation<Seq<Violation>, Option<SubscriptionId>> billedTo = QueryParameters.optional(call, SubscriptionId.FIELD,
                text -> SubscriptionId.parse(SubscriptionId.FIELD, text));
        Validation<Seq<Violation>, Option<MeterId>> meter = QueryParameters.optional(call, MeterId.FIELD,
                text -> MeterId.parse(MeterId.FIELD, text));
        Validation<Seq<Violation>, Option<CloudId>> cloud = QueryParameters.optional(call, CloudId.FIELD,
                text -> CloudId.parse(CloudId.FIELD, text));
        Validation<Seq<Violation>, Option<Instant>> from = QueryParameters.optional(call, "from", text -> instant("from", text));
        Validation<Seq<Violation>, Option<Instant>> to = QueryParameters.optional(call, "to", text -> instant("to", text));
        Validation<Seq<Violation>, LinkedHashSet<LedgerGrouping>> groupBy = groupings(call);
        Validation<Seq<Violation>, SummaryQuery> query = Validation.combine(billedTo, meter, cloud, from, to, groupBy)
                .ap((subscription, meterId, cloudId, start, end, groups) -> new SummaryQuery(
                        new Query(subscription, meterId, start, end), cloudId, groups))
                .mapError(nested -> nested.flatMap(problems -> problems));
        return query.flatMap(LedgerQueryParameters::inOrder);
    }

    private static Validation<Seq<Violation>, SummaryQuery> inOrder(SummaryQuery query) {
        Query filter = query.filter();
        if (filter.from().isDefined() && filter.to().isDefined() && filter.from().get().isAfter(filter.to().get())) {
            return Violation.invalid("from", filter.from().get().toString(), Rule.CONFLICTS_WITH, "to", filter.to().get().toString());
        }
        return Validation.valid(query);
    }

    private static Validation<Seq<Violation>, LinkedHashSet<LedgerGrouping>> groupings(Call call) {
        List<String> names = List.ofAll(call.ctx().queryParams(LedgerGrouping.FIELD))
                .flatMap(value -> List.of(value.split(",", -1)))
                .map(String::trim)
                .filter(name -> !name.isEmpty());
        return Validation.sequence(names.map(LedgerGrouping::parse)).map(LinkedHashSet::ofAll);
    }

    private static Validation<Seq<Violation>, Instant> instant(String field, String text) {
        try {
            return Validation.valid(Instant.parse(text.trim()));
        } catch (DateTimeParseException notAnInstant) {
            return Violation.invalid(field, Excerpt.of(text), Rule.WRONG_TYPE, ValueType.TIME);
        }
    }
}
