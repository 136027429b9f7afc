package io.stackbridge.domain.tenant;

import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.id.TenantId;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

/**
 * The customer subscriptions of one registration, holding the rule that a tenant has at most one:
 * adding a subscription for a tenant that already has one replaces the old mapping. Immutable.
 */
public final class TenantMappings {

    private static final TenantMappings EMPTY = new TenantMappings(LinkedHashMap.empty());

    private final LinkedHashMap<SubscriptionId, CustomerSubscription> bySubscription;

    private TenantMappings(LinkedHashMap<SubscriptionId, CustomerSubscription> bySubscription) {
        this.bySubscription = bySubscription;
    }

    public static TenantMappings empty() {
        return EMPTY;
    }

    /** What an upsert did: the new set, and the mappings it displaced (same subscription or same tenant). */
    public record Placement(TenantMappings mappings, CustomerSubscription placed, Seq<CustomerSubscription> displaced) {

        /** True when the subscription was not mapped before (a create rather than an update). */
        public boolean created() {
            return displaced.find(old -> old.subscriptionId().equals(placed.subscriptionId())).isEmpty();
        }
    }

    public Placement put(CustomerSubscription mapping) {
        Seq<CustomerSubscription> displaced = bySubscription.values()
                .filter(old -> old.subscriptionId().equals(mapping.subscriptionId()) || old.tenantId().equals(mapping.tenantId()))
                .toList();
        LinkedHashMap<SubscriptionId, CustomerSubscription> kept =
                bySubscription.removeAll(displaced.map(CustomerSubscription::subscriptionId));
        return new Placement(new TenantMappings(kept.put(mapping.subscriptionId(), mapping)), mapping, displaced);
    }

    /** The set without {@code subscriptionId}, and the mapping removed if there was one. */
    public io.vavr.Tuple2<TenantMappings, Option<CustomerSubscription>> remove(SubscriptionId subscriptionId) {
        Option<CustomerSubscription> removed = bySubscription.get(subscriptionId);
        return io.vavr.Tuple.of(removed.isDefined() ? new TenantMappings(bySubscription.remove(subscriptionId)) : this, removed);
    }

    public Option<CustomerSubscription> find(SubscriptionId subscriptionId) {
        return bySubscription.get(subscriptionId);
    }

    public Option<CustomerSubscription> forTenant(TenantId tenantId) {
        return bySubscription.values().find(mapping -> mapping.tenantId().equals(tenantId));
    }

    public List<CustomerSubscription> all() {
        return bySubscription.values().toList();
    }

    public int size() {
        return bySubscription.size();
    }
}
