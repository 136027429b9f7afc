package io.stackbridge.adapters.fakeazure.journal;

import io.stackbridge.adapters.fakeazure.clock.AdjustableClock;
import io.stackbridge.domain.fault.Operation;
import io.stackbridge.domain.journal.JournalEntry;
import io.stackbridge.domain.journal.JournalTail;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** The tail a live view polls: only the newest entries after a number, the same as filtering the whole contents. */
class OperationJournalTailTest {

    private final AdjustableClock clock = new AdjustableClock(Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC));

    private OperationJournal journalOf(int size, int calls) {
        OperationJournal journal = new OperationJournal(clock, size);
        for (int call = 1; call <= calls; call++) {
            journal.record(Operation.Usage_Push, "b" + call, JournalEntry.OK, Option.none());
        }
        return journal;
    }

    @Test
    void the_tail_is_what_the_whole_contents_filtered_would_give_for_every_after_and_limit() {
        for (int calls : new int[] {0, 3, 5, 9}) {
            OperationJournal journal = journalOf(5, calls);
            for (long after = 0; after <= 11; after++) {
                for (int limit = 1; limit <= 7; limit++) {
                    assertThat(journal.tail(after, limit)).as("calls %d, after %d, limit %d", calls, after, limit)
                            .isEqualTo(JournalTail.of(journal.contents(), after, limit));
                }
            }
        }
    }

    @Test
    void a_view_behind_by_more_than_the_limit_gets_the_newest_and_the_count_it_skipped() {
        JournalTail tail = journalOf(100, 40).tail(10, 5);

        assertThat(tail.entries().map(JournalEntry::sequence)).containsExactly(36L, 37L, 38L, 39L, 40L);
        assertThat(tail.last()).isEqualTo(40);
        assertThat(tail.skipped()).isEqualTo(25);
        assertThat(tail.dropped()).isZero();
    }

    @Test
    void after_a_clear_the_last_number_falls_back() {
        OperationJournal journal = journalOf(5, 9);
        journal.clear();
        journal.record(Operation.Token_Issue, "t", JournalEntry.OK, Option.none());

        JournalTail tail = journal.tail(9, 10);
        assertThat(tail.last()).isEqualTo(1);
        assertThat(tail.entries()).isEmpty();
        assertThat(journal.tail(0, 10).entries().map(JournalEntry::resource)).containsExactly("t");
    }
}
