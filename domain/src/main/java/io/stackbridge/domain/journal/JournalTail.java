package io.stackbridge.domain.journal;

import io.vavr.collection.List;

import java.util.Objects;

/**
 * The newest end of a bounded journal, as a live view reads it: the kept entries after a sequence
 * number, oldest first, at most a given number of the newest ({@code skipped} counts the older ones left
 * out), {@code last}, the newest sequence number given since the journal was last cleared, and
 * {@code dropped}, how many entries the journal forgot to make room.
 */
public record JournalTail(List<JournalEntry> entries, long last, long skipped, long dropped) {

    public JournalTail {
        Objects.requireNonNull(entries, "entries");
        if (last < 0 || skipped < 0 || dropped < 0) {
            throw new IllegalArgumentException("negative count: last " + last + ", skipped " + skipped + ", dropped " + dropped);
        }
    }

    /** The tail of what a journal holds, read from its whole contents (for a journal that cannot do better). */
    public static JournalTail of(JournalContents contents, long after, int limit) {
        long last = contents.dropped() + contents.entries().size();
        List<JournalEntry> fresh = contents.entries().filter(entry -> entry.sequence() > after);
        List<JournalEntry> shown = fresh.drop(Math.max(0, fresh.size() - limit));
        return new JournalTail(shown, last, fresh.size() - shown.size(), contents.dropped());
    }
}
