package io.stackbridge.adapters.http.server.portal;

import io.stackbridge.application.port.in.usage.ChartBookedUsageUseCase.BookedAmount;
import io.stackbridge.application.port.in.usage.ChartBookedUsageUseCase.BookedUsage;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.text.Language;
import io.stackbridge.domain.text.MessageBundle;
import io.stackbridge.domain.usage.Quantity;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * {@code GET /azure/usage}: what Azure booked over the span, as series for a chart (one per billed
 * subscription, a quantity per bucket, all meters summed) and as rows for a table (one per bucket,
 * subscription and meter). Quantities are exact decimals; a series' {@code key} is the subscription's ID.
 */
public record AzureUsageJson(String grain, Instant from, Instant to, java.util.List<Instant> buckets, java.util.List<Series> series,
                             java.util.List<Row> rows) {

    public static final String CUSTOMER = "customerSubscription";
    public static final String DEFAULT = "defaultSubscription";

    /** One billed subscription over the buckets. */
    public record Series(String key, String label, String kind, java.util.List<BigDecimal> quantities) {
    }

    /** One meter billed to one subscription in one bucket. */
    public record Row(Instant bucket, String key, String label, String kind, String meterId, BigDecimal quantity) {
    }

    static AzureUsageJson from(BookedUsage usage, Language language) {
        List<Tuple2<SubscriptionId, Boolean>> payers = usage.amounts().map(AzureUsageJson::payer).distinct()
                .sortBy(payer -> (payer._2 ? "1" : "0") + payer._1.value());
        java.util.Map<Tuple2<Tuple2<SubscriptionId, Boolean>, Instant>, Quantity> totals = new java.util.HashMap<>();
        usage.amounts().forEach(amount -> totals.merge(Tuple.of(payer(amount), amount.bucket()), amount.quantity(), Quantity::plus));
        List<Series> series = payers.map(payer -> new Series(payer._1.value(), label(payer, language), kind(payer),
                usage.buckets().map(bucket -> totals.getOrDefault(Tuple.of(payer, bucket), Quantity.ZERO).amount()).toJavaList()));
        List<Row> rows = usage.amounts().map(amount -> new Row(amount.bucket(), amount.billedTo().value(), label(payer(amount), language),
                kind(payer(amount)), amount.meterId().value(), amount.quantity().amount()));
        return new AzureUsageJson(usage.grain().wireName(), usage.from(), usage.to(), usage.buckets().toJavaList(), series.toJavaList(),
                rows.toJavaList());
    }

    private static Tuple2<SubscriptionId, Boolean> payer(BookedAmount amount) {
        return Tuple.of(amount.billedTo(), amount.defaultSubscription());
    }

    private static String kind(Tuple2<SubscriptionId, Boolean> payer) {
        return payer._2 ? DEFAULT : CUSTOMER;
    }

    /** A customer subscription reads as its ID (the emulated directory has no names); a default one says so, in the reader's language. */
    private static String label(Tuple2<SubscriptionId, Boolean> payer, Language language) {
        return payer._2 ? MessageBundle.format(language, "usage.defaultSubscription", List.of(payer._1.value())) : payer._1.value();
    }
}
