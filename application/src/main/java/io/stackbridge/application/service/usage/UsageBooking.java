package io.stackbridge.application.service.usage;

import io.stackbridge.application.port.in.usage.AcceptUsageBatchUseCase.Receipt;
import io.stackbridge.application.port.out.CustomerSubscriptionStorePort;
import io.stackbridge.application.port.out.UsageLedgerPort;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.error.UsageServiceError.BatchIdConflict;
import io.stackbridge.domain.registration.Registration;
import io.stackbridge.domain.tenant.TenantMappings;
import io.stackbridge.domain.usage.LedgerEntry;
import io.stackbridge.domain.usage.UsageAttribution;
import io.stackbridge.domain.usage.UsageBatch;
import io.stackbridge.domain.usage.UsageRecord;
import io.stackbridge.domain.usage.UsageRecordKey;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.time.Instant;

/**
 * Books a batch exactly once. A batch ID seen before is an identical resend (acknowledged, not
 * counted) or a conflict; a record key booked by an earlier batch is not booked again, so usage
 * re-batched after a crash is still counted once. Each record is billed to its tenant's customer
 * subscription, or to the registration's own subscription. Runs inside a transaction.
 */
final class UsageBooking {

    private final CustomerSubscriptionStorePort mappings;
    private final UsageLedgerPort ledger;

    UsageBooking(CustomerSubscriptionStorePort mappings, UsageLedgerPort ledger) {
        this.mappings = mappings;
        this.ledger = ledger;
    }

    Either<DomainError, Receipt> book(UsageBatch batch, Registration registration, Instant now) {
        Option<UsageBatch> earlier = ledger.batch(batch.id());
        if (earlier.isDefined()) {
            return earlier.get().sameContentAs(batch)
                    ? Either.right(new Receipt(batch.id(), batch.records().size(), true))
                    : Either.left(new BatchIdConflict(batch.id()));
        }
        TenantMappings tenants = mappings.mappings(registration.key());
        Set<UsageRecordKey> booked = ledger.bookedAmong(batch.records().map(UsageRecord::key));
        List<LedgerEntry> entries = batch.records()
                .filter(record -> !booked.contains(record.key()))
                .map(record -> entry(batch, registration, tenants, record, now));
        ledger.record(batch, now, entries);
        return Either.right(new Receipt(batch.id(), batch.records().size(), false));
    }

    private static LedgerEntry entry(UsageBatch batch, Registration registration, TenantMappings tenants, UsageRecord record,
                                     Instant now) {
        return new LedgerEntry(batch.id(), registration.key(), UsageAttribution.billedTo(record, registration, tenants), record, now);
    }
}
