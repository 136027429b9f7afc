package io.stackbridge.domain.journal;

import io.vavr.collection.List;

import java.util.Objects;

/**
 * What a bounded journal holds at one moment: the entries it still keeps, oldest first, and how many
 * older ones it dropped to make room since it was last cleared (their sequence numbers are the gap).
 */
public record JournalContents(List<JournalEntry> entries, long dropped) {

    public static final JournalContents EMPTY = new JournalContents(List.empty(), 0);

    public JournalContents {
        Objects.requireNonNull(entries, "entries");
        if (dropped < 0) {
            throw new IllegalArgumentException("dropped < 0: " + dropped);
        }
    }

    /** The same dropped count over the kept entries that {@code wanted} accepts. */
    public JournalContents filter(java.util.function.Predicate<JournalEntry> wanted) {
        return new JournalContents(entries.filter(wanted), dropped);
    }
}
