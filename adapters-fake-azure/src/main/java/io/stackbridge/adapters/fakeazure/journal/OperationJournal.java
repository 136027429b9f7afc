package io.stackbridge.adapters.fakeazure.journal;

import io.stackbridge.application.port.out.OperationJournalPort;
import io.stackbridge.adapters.fakeazure.Resettable;
import io.stackbridge.application.port.out.ClockPort;
import io.stackbridge.domain.fault.Operation;
import io.stackbridge.domain.journal.JournalEntry;
import io.vavr.collection.List;
import io.vavr.control.Option;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.util.concurrent.atomic.AtomicLong;

/** What was called on the fake Azure, in order, with its outcome and the fault rule that fired: for assertions. */
@Singleton
public final class OperationJournal implements Resettable, OperationJournalPort {

    private final ClockPort clock;
    private final AtomicLong sequence = new AtomicLong();
    private List<JournalEntry> entries = List.empty();

    @Inject
    public OperationJournal(ClockPort clock) {
        this.clock = clock;
    }

    /** Appends one call; the sequence number and time are the journal's. */
    public synchronized JournalEntry record(Operation operation, String resource, String outcome, Option<String> faultRule) {
        JournalEntry entry = new JournalEntry(sequence.incrementAndGet(), clock.now(), operation, resource, outcome, faultRule);
        entries = entries.append(entry);
        return entry;
    }

    /** Every entry, oldest first. */
    public synchronized List<JournalEntry> entries() {
        return entries;
    }

    /** The entries of one operation and/or one outcome ({@code OK} or a code name); none means any. */
    public List<JournalEntry> entries(Option<Operation> operation, Option<String> outcome) {
        return entries().filter(entry -> operation.forAll(wanted -> wanted == entry.operation())
                && outcome.forAll(wanted -> wanted.equals(entry.outcome())));
    }

    public List<JournalEntry> entries(Operation operation) {
        return entries(Option.some(operation), Option.none());
    }

    /** Forgets every entry and starts numbering again from 1. */
    public synchronized void clear() {
        entries = List.empty();
        sequence.set(0);
    }

    @Override
    public void reset() {
        clear();
    }
}
