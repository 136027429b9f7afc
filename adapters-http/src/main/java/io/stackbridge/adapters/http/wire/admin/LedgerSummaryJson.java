package io.stackbridge.adapters.http.wire.admin;

import io.stackbridge.adapters.http.wire.ResourceIdPath;
import io.stackbridge.domain.arm.ResourceIds;
import io.stackbridge.domain.id.MeterId;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.usage.LedgerGroup;
import io.stackbridge.domain.usage.LedgerSummary;
import io.stackbridge.domain.usage.Quantity;
import io.stackbridge.domain.usage.UsageWindow;
import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Try;
import io.vavr.control.Validation;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The usage ledger's summary as the admin API shows it ({@code {"records","quantity","groups"}}),
 * quantities as exact decimal strings; each group names only the groupings asked for.
 */
public record LedgerSummaryJson(long records, String quantity, java.util.List<Map<String, Object>> groups) {

    public static LedgerSummaryJson from(LedgerSummary summary) {
        return new LedgerSummaryJson(summary.records(), summary.quantity().toString(),
                summary.groups().map(LedgerSummaryJson::group).toJavaList());
    }

    private static Map<String, Object> group(LedgerGroup group) {
        Map<String, Object> fields = new LinkedHashMap<>();
        group.billedTo().forEach(id -> fields.put("subscriptionId", id.value()));
        group.meterId().forEach(id -> fields.put("meterId", id.value()));
        group.hour().forEach(hour -> fields.put("hour", hour.start().toString()));
        group.registration().forEach(key -> fields.put("registration", ResourceIds.registration(key)));
        fields.put("records", group.records());
        fields.put("quantity", group.quantity().toString());
        return fields;
    }

    public Validation<Seq<Violation>, LedgerSummary> toDomain() {
        List<Map<String, Object>> all = groups == null ? List.empty() : List.ofAll(groups);
        return Validation.combine(Quantity.parse(quantity), Validation.sequence(all.map(LedgerSummaryJson::read)))
                .ap((total, read) -> new LedgerSummary(records, total, List.ofAll(read)))
                .mapError(nested -> nested.flatMap(problems -> problems));
    }

    private static Validation<Seq<Violation>, LedgerGroup> read(Map<String, Object> group) {
        var billedTo = optional(group, "subscriptionId", SubscriptionId::parse);
        var meter = optional(group, "meterId", MeterId::parse);
        var hour = optional(group, "hour", text -> Try.of(() -> UsageWindow.startingAt(Instant.parse(text)))
                .<Validation<Seq<Violation>, UsageWindow>>map(Validation::valid)
                .getOrElse(() -> Violation.invalid("hour", text, io.stackbridge.domain.validation.Rule.WRONG_TYPE, "time")));
        var registration = optional(group, "registration", ResourceIdPath::registration);
        var quantity = Quantity.parse(String.valueOf(group.get("quantity")));
        long records = group.get("records") instanceof Number number ? number.longValue() : 0;
        return Validation.combine(billedTo, meter, hour, registration, quantity)
                .ap((b, m, h, r, q) -> new LedgerGroup(b, m, h, r, records, q))
                .mapError(nested -> nested.flatMap(problems -> problems));
    }

    private static <T> Validation<Seq<Violation>, Option<T>> optional(Map<String, Object> group, String name,
                                                                    Function<String, Validation<Seq<Violation>, T>> parser) {
        Object value = group.get(name);
        return value == null ? Validation.valid(Option.none()) : parser.apply(String.valueOf(value)).map(Option::some);
    }
}
