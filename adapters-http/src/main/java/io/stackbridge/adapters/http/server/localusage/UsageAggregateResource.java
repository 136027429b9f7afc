package io.stackbridge.adapters.http.server.localusage;

import io.stackbridge.domain.localusage.UsageAggregate;
import io.stackbridge.domain.localusage.UsageApi;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * One aggregate on the wire (docs/domain.md §6): {@code id}, {@code name} ({@code <subscription>-<meter>}),
 * {@code type} of the API's namespace, and its properties with UTC times written {@code +00:00}
 * and the instance data as a JSON string.
 */
public record UsageAggregateResource(String id, String name, String type, Properties properties) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

    /** The aggregate's values. */
    public record Properties(String subscriptionId, String usageStartTime, String usageEndTime, String instanceData, BigDecimal quantity,
                      String meterId) {
    }

    static UsageAggregateResource from(UsageAggregate aggregate, UsageApi api) {
        String subscription = aggregate.subscriptionId().value();
        String name = subscription + "-" + aggregate.meterId().value();
        return new UsageAggregateResource("/subscriptions/" + subscription + "/providers/" + api.namespace() + "/UsageAggregate/" + name,
                name, api.namespace() + "/UsageAggregate",
                new Properties(subscription, time(aggregate.usageStart()), time(aggregate.usageEnd()),
                        InstanceDataJson.of(aggregate.instanceData()), aggregate.quantity().amount(), aggregate.meterId().value()));
    }

    private static String time(Instant instant) {
        return TIME.format(instant.atOffset(ZoneOffset.UTC));
    }
}
