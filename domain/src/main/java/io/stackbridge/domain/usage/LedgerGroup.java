package io.stackbridge.domain.usage;

import io.stackbridge.domain.id.MeterId;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.registration.RegistrationKey;
import io.vavr.control.Option;

import java.util.Objects;

/**
 * One total of a grouped ledger summary: the values of the chosen groupings (the others are empty),
 * how many booked records fall in it, and the sum of their quantities.
 */
public record LedgerGroup(Option<SubscriptionId> billedTo, Option<MeterId> meterId, Option<UsageWindow> hour,
                          Option<RegistrationKey> registration, long records, Quantity quantity) {

    public LedgerGroup {
        Objects.requireNonNull(billedTo, "billedTo");
        Objects.requireNonNull(meterId, "meterId");
        Objects.requireNonNull(hour, "hour");
        Objects.requireNonNull(registration, "registration");
        Objects.requireNonNull(quantity, "quantity");
    }
}
