package io.stackbridge.adapters.http.wire;

import io.stackbridge.adapters.support.json.JsonFields;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.stackbridge.domain.id.MeterId;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.id.TenantId;
import io.stackbridge.domain.usage.Quantity;
import io.stackbridge.domain.usage.UsageRecord;
import io.stackbridge.domain.usage.UsageWindow;
import io.stackbridge.domain.validation.Rule;
import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.control.Option;

import java.math.BigDecimal;
import java.time.Instant;

/** One usage record of a pushed batch (StackBridge's own format, docs/domain.md §7). */
public record UsageRecordBody(String subscriptionId, String tenantId, String meterId, BigDecimal quantity,
                              Instant usageStartTime, Instant usageEndTime, String resourceUri, String location,
                              @JsonInclude(JsonInclude.Include.NON_EMPTY) java.util.Map<String, String> tags,
                              @JsonInclude(JsonInclude.Include.NON_EMPTY) java.util.Map<String, String> additionalInfo,
                              Instant reportedTime) {

    /** The latest time any record may be reported at. */
    static final String LATEST = "9999-12-31T23:59:59Z";

    public static UsageRecordBody from(UsageRecord record) {
        return new UsageRecordBody(record.subscriptionId().value(), record.tenantId().value(), record.meterId().value(),
                record.quantity().amount(), record.window().start(), record.window().end(), record.resourceUri(), record.location(),
                javaMap(record.tags()), javaMap(record.additionalInfo()), record.reportedAt());
    }

    /** An empty map shared rather than built per record (most records carry no additional info). */
    private static java.util.Map<String, String> javaMap(Map<String, String> map) {
        return map.isEmpty() ? java.util.Map.of() : map.toJavaMap();
    }

    /**
     * One record of a request, every member checked with the domain's parsers (problems go to {@code f}). The
     * quantity reaches its parser as {@link BigDecimal#toString()}, exact and short even for {@code 1e400000000}.
     */
    static Option<UsageRecord> read(JsonFields f) {
        var subscription = f.requiredText("subscriptionId").flatMap(text -> f.parsed(SubscriptionId.parse("subscriptionId", text)));
        var tenant = f.requiredText("tenantId").flatMap(text -> f.parsed(TenantId.parse("tenantId", text)));
        var meter = f.requiredText("meterId").flatMap(text -> f.parsed(MeterId.parse("meterId", text)));
        var quantity = f.requiredNumber("quantity").flatMap(amount -> f.parsed(Quantity.parse(amount.toString())
                .mapError(found -> found.map(problem -> problem.at("quantity")))));
        var start = f.requiredTime("usageStartTime");
        var end = f.requiredTime("usageEndTime");
        var window = start.flatMap(from -> end.flatMap(to -> f.parsed(UsageWindow.of(from, to))));
        var resource = f.filledText("resourceUri");
        var location = f.requiredText("location");
        Map<String, String> tags = f.textMap("tags").getOrElse(LinkedHashMap.empty());
        Map<String, String> info = f.textMap("additionalInfo").getOrElse(LinkedHashMap.empty());
        var reported = f.requiredTime("reportedTime");
        if (reported.isDefined() && start.isDefined() && reported.get().isBefore(start.get())) {
            f.report(Violation.of("reportedTime", reported.get().toString(), Rule.OUT_OF_RANGE, start.get().toString(), LATEST));
            return Option.none();
        }
        if (subscription.isEmpty() || tenant.isEmpty() || meter.isEmpty() || quantity.isEmpty() || window.isEmpty()
                || resource.isEmpty() || location.isEmpty() || reported.isEmpty()) {
            return Option.none();
        }
        return Option.some(new UsageRecord(subscription.get(), tenant.get(), meter.get(), quantity.get(), window.get(),
                resource.get(), location.get(), tags, info, reported.get()));
    }
}
