package io.stackbridge.application.port.in.admin;

import io.stackbridge.domain.fault.Operation;
import io.stackbridge.domain.journal.JournalContents;
import io.stackbridge.domain.journal.JournalEntry;
import io.stackbridge.domain.journal.JournalTail;
import io.vavr.collection.List;
import io.vavr.control.Option;

import java.util.Objects;

/** Lists journaled calls, optionally only one operation, one outcome, or those after a sequence number. */
public interface ReadJournalUseCase {

    /** Filters; absent ones match everything. */
    record JournalQuery(Option<Operation> operation, Option<String> outcome, Option<Long> after) {
        public static final JournalQuery ALL = new JournalQuery(Option.none(), Option.none(), Option.none());

        public JournalQuery {
            Objects.requireNonNull(operation, "operation");
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(after, "after");
        }
    }

    /** The kept entries that match, and how many entries (of any kind) the bounded journal dropped. */
    JournalContents contents(JournalQuery query);

    /**
     * The newest kept entries after sequence {@code after}, at most {@code limit} of them, without reading
     * the rest of the journal: what a live view asks every few seconds.
     */
    JournalTail tail(long after, int limit);

    /** The kept entries that match, oldest first. */
    default List<JournalEntry> read(JournalQuery query) {
        return contents(query).entries();
    }
}
