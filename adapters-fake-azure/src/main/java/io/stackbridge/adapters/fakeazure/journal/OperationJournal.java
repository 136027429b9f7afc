package io.stackbridge.adapters.fakeazure.journal;

import io.stackbridge.application.port.out.OperationJournalPort;
import io.stackbridge.adapters.fakeazure.Resettable;
import io.stackbridge.application.port.out.ClockPort;
import io.stackbridge.domain.fault.Operation;
import io.stackbridge.domain.journal.JournalContents;
import io.stackbridge.domain.journal.JournalEntry;
import io.stackbridge.domain.journal.JournalTail;
import io.vavr.collection.List;
import io.vavr.control.Option;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * What was called on the fake Azure, in order, with its outcome and the fault rule that fired: for
 * assertions. A ring of a fixed size: appending is O(1) and, once full, overwrites the oldest entry
 * and counts it as dropped; sequence numbers keep counting, so a reader sees the gap.
 */
@Singleton
public final class OperationJournal implements Resettable, OperationJournalPort {

    private final ClockPort clock;
    private final JournalEntry[] ring;
    private long sequence;

    /** A journal of the default size. */
    public OperationJournal(ClockPort clock) {
        this(clock, JournalSize.DEFAULT);
    }

    @Inject
    public OperationJournal(ClockPort clock, @JournalSize int size) {
        if (size < 1 || size > JournalSize.MAX) {
            throw new IllegalArgumentException("journal size out of 1.." + JournalSize.MAX + ": " + size);
        }
        this.clock = clock;
        this.ring = new JournalEntry[size];
    }

    /** Appends one call; the sequence number and time are the journal's (taken together, so both are in order). */
    @Override
    public synchronized JournalEntry record(Operation operation, String resource, String outcome, Option<String> faultRule) {
        JournalEntry entry = new JournalEntry(sequence + 1, clock.now(), operation, resource, outcome, faultRule);
        sequence++;
        ring[slot(sequence)] = entry;
        return entry;
    }

    /** The kept entries, oldest first, with the number dropped before them. */
    @Override
    public synchronized JournalContents contents() {
        long kept = Math.min(sequence, ring.length);
        JournalEntry[] inOrder = new JournalEntry[(int) kept];
        for (int i = 0; i < kept; i++) {
            inOrder[i] = ring[slot(sequence - kept + 1 + i)];
        }
        return new JournalContents(List.of(inOrder), sequence - kept);
    }

    /** The newest kept entries after {@code after}, at most {@code limit}: copies those only, never the whole ring. */
    @Override
    public synchronized JournalTail tail(long after, int limit) {
        long kept = Math.min(sequence, ring.length);
        long firstKept = sequence - kept + 1;
        long fresh = Math.max(0, sequence - Math.max(after + 1, firstKept) + 1);
        int shown = (int) Math.min(fresh, limit);
        JournalEntry[] newest = new JournalEntry[shown];
        for (int i = 0; i < shown; i++) {
            newest[i] = ring[slot(sequence - shown + 1 + i)];
        }
        return new JournalTail(List.of(newest), sequence, fresh - shown, sequence - kept);
    }

    /** The number of entries it keeps at most. */
    public int size() {
        return ring.length;
    }

    /** The entries of one operation and/or one outcome ({@code OK} or a code name); none means any. */
    public List<JournalEntry> entries(Option<Operation> operation, Option<String> outcome) {
        return entries().filter(entry -> operation.forAll(wanted -> wanted == entry.operation())
                && outcome.forAll(wanted -> wanted.equals(entry.outcome())));
    }

    public List<JournalEntry> entries(Operation operation) {
        return entries(Option.some(operation), Option.none());
    }

    /** Forgets every entry and the dropped count, and starts numbering again from 1. */
    @Override
    public synchronized void clear() {
        java.util.Arrays.fill(ring, null);
        sequence = 0;
    }

    @Override
    public void reset() {
        clear();
    }

    private int slot(long number) {
        return (int) ((number - 1) % ring.length);
    }
}
