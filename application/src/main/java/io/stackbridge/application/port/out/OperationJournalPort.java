package io.stackbridge.application.port.out;

import io.stackbridge.domain.fault.Operation;
import io.stackbridge.domain.journal.JournalContents;
import io.stackbridge.domain.journal.JournalEntry;
import io.stackbridge.domain.journal.JournalTail;
import io.vavr.collection.List;
import io.vavr.control.Option;

/**
 * The emulated Azure's record of the calls it served and how each ended. It keeps the latest calls
 * only (a bounded number), and counts the older ones it dropped.
 */
public interface OperationJournalPort {

    JournalEntry record(Operation operation, String resource, String outcome, Option<String> faultRule);

    /** The kept entries, oldest first, and the number dropped since the last clear, read together. */
    JournalContents contents();

    /**
     * The kept entries after sequence {@code after}, at most the newest {@code limit} of them, for a view
     * that polls. This one reads the whole contents; a journal that can copy only the tail answers it itself.
     */
    default JournalTail tail(long after, int limit) {
        return JournalTail.of(contents(), after, limit);
    }

    /** The kept entries, oldest first. */
    default List<JournalEntry> entries() {
        return contents().entries();
    }

    /** Forgets every entry and the dropped count; numbering starts again from 1. */
    void clear();
}
