package io.stackbridge.domain.directory;

import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.id.TenantId;
import io.vavr.control.Option;

import java.util.Objects;

/**
 * What the subscription directory (the metadata resolver) knows about one Azure subscription: its
 * offer, the CSP partner it rolls up to (CSP offers only) and the Entra tenant it belongs to.
 */
public record DirectorySubscription(SubscriptionId id, OfferType offer, Option<PartnerId> cspPartner, TenantId tenant) {

    public DirectorySubscription {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(offer, "offer");
        Objects.requireNonNull(cspPartner, "cspPartner");
        Objects.requireNonNull(tenant, "tenant");
        if (offer.isCsp() && cspPartner.isEmpty()) {
            throw new IllegalArgumentException("a CSP subscription needs its CSP partner: " + id);
        }
        if (!offer.isCsp() && cspPartner.isDefined()) {
            throw new IllegalArgumentException("only CSP subscriptions roll up to a CSP partner: " + id);
        }
    }

    /** Whether both subscriptions roll up to the same CSP partner. */
    public boolean sharesPartnerWith(DirectorySubscription other) {
        return cspPartner.isDefined() && cspPartner.equals(other.cspPartner());
    }
}
