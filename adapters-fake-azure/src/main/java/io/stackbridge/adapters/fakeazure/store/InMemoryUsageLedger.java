package io.stackbridge.adapters.fakeazure.store;

import io.stackbridge.adapters.fakeazure.Resettable;
import io.stackbridge.application.port.out.UsageLedgerPort;
import io.stackbridge.domain.usage.BatchId;
import io.stackbridge.domain.usage.LedgerEntry;
import io.stackbridge.domain.usage.UsageBatch;
import io.stackbridge.domain.usage.UsageRecordKey;
import io.vavr.collection.HashMap;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/** Azure commerce's ledger, in memory: accepted batches, the record keys they booked and their entries, always booked together. */
@Singleton
public final class InMemoryUsageLedger implements UsageLedgerPort, Resettable {

    private Map<BatchId, UsageBatch> batches = HashMap.empty();
    private Set<UsageRecordKey> booked = HashSet.empty();
    private List<LedgerEntry> entries = List.empty();

    @Inject
    public InMemoryUsageLedger() {
    }

    @Override
    public synchronized Option<UsageBatch> batch(BatchId id) {
        return batches.get(id);
    }

    @Override
    public synchronized Set<UsageRecordKey> bookedAmong(Seq<UsageRecordKey> keys) {
        return keys.filter(booked::contains).toSet();
    }

    @Override
    public synchronized void record(UsageBatch batch, Seq<LedgerEntry> newEntries) {
        batches = batches.put(batch.id(), batch);
        booked = booked.addAll(newEntries.map(entry -> entry.record().key()));
        entries = entries.appendAll(newEntries);
    }

    @Override
    public synchronized List<LedgerEntry> entries() {
        return entries;
    }

    @Override
    public synchronized void reset() {
        batches = HashMap.empty();
        booked = HashSet.empty();
        entries = List.empty();
    }
}
