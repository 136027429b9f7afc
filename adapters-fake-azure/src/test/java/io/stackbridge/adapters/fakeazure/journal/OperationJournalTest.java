package io.stackbridge.adapters.fakeazure.journal;

import io.stackbridge.adapters.fakeazure.clock.AdjustableClock;
import io.stackbridge.domain.fault.Operation;
import io.stackbridge.domain.journal.JournalContents;
import io.stackbridge.domain.journal.JournalEntry;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class OperationJournalTest {

    private static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");
    private final AdjustableClock clock = new AdjustableClock(Clock.fixed(T0, ZoneOffset.UTC));
    private final OperationJournal journal = new OperationJournal(clock);

    @Test
    void entries_are_numbered_in_order_and_stamped_with_the_fakes_time() {
        journal.record(Operation.Token_Issue, "token", JournalEntry.OK, Option.none());
        clock.setOffset(Duration.ofMinutes(5));
        journal.record(Operation.Usage_Push, "batch", "Unauthorized", Option.some("r1"));

        assertThat(journal.entries()).containsExactly(
                new JournalEntry(1, T0, Operation.Token_Issue, "token", JournalEntry.OK, Option.none()),
                new JournalEntry(2, T0.plusSeconds(300), Operation.Usage_Push, "batch", "Unauthorized", Option.some("r1")));
    }

    @Test
    void entries_can_be_filtered_by_operation_and_outcome() {
        journal.record(Operation.Usage_Push, "b1", JournalEntry.OK, Option.none());
        journal.record(Operation.Usage_Push, "b2", "NetworkError", Option.some("down"));
        journal.record(Operation.Token_Issue, "t", "NetworkError", Option.none());

        assertThat(journal.entries(Option.some(Operation.Usage_Push), Option.some("NetworkError")).map(JournalEntry::resource))
                .containsExactly("b2");
        assertThat(journal.entries(Option.none(), Option.some("NetworkError")).map(JournalEntry::resource)).containsExactly("b2", "t");
        assertThat(journal.entries(Operation.Usage_Push)).hasSize(2);
    }

    @Test
    void clearing_forgets_everything_and_numbers_from_one_again() {
        journal.record(Operation.Usage_Push, "b1", JournalEntry.OK, Option.none());

        journal.clear();
        JournalEntry next = journal.record(Operation.Usage_Push, "b2", JournalEntry.OK, Option.none());

        assertThat(journal.entries()).containsExactly(next);
        assertThat(next.sequence()).isEqualTo(1);
    }

    @Test
    void a_full_journal_keeps_the_latest_entries_and_counts_the_ones_it_dropped() {
        OperationJournal small = new OperationJournal(clock, 3);
        for (int call = 1; call <= 7; call++) {
            small.record(Operation.Usage_Push, "b" + call, JournalEntry.OK, Option.none());
        }

        JournalContents contents = small.contents();

        assertThat(contents.entries().map(JournalEntry::sequence)).containsExactly(5L, 6L, 7L);
        assertThat(contents.entries().map(JournalEntry::resource)).containsExactly("b5", "b6", "b7");
        assertThat(contents.dropped()).isEqualTo(4);
    }

    @Test
    void until_it_is_full_nothing_is_dropped() {
        OperationJournal small = new OperationJournal(clock, 3);
        small.record(Operation.Usage_Push, "b1", JournalEntry.OK, Option.none());
        small.record(Operation.Usage_Push, "b2", JournalEntry.OK, Option.none());
        small.record(Operation.Usage_Push, "b3", JournalEntry.OK, Option.none());

        assertThat(small.contents().entries().map(JournalEntry::sequence)).containsExactly(1L, 2L, 3L);
        assertThat(small.contents().dropped()).isZero();
    }

    @Test
    void clearing_a_full_journal_resets_the_dropped_count_and_the_numbering() {
        OperationJournal small = new OperationJournal(clock, 2);
        for (int call = 1; call <= 5; call++) {
            small.record(Operation.Usage_Push, "b" + call, JournalEntry.OK, Option.none());
        }

        small.clear();
        small.record(Operation.Token_Issue, "t", JournalEntry.OK, Option.none());

        assertThat(small.contents()).isEqualTo(new JournalContents(
                io.vavr.collection.List.of(new JournalEntry(1, T0, Operation.Token_Issue, "t", JournalEntry.OK, Option.none())), 0));
    }

    @Test
    void the_default_size_keeps_5000_entries() {
        for (int call = 1; call <= 5001; call++) {
            journal.record(Operation.Usage_Push, "b" + call, JournalEntry.OK, Option.none());
        }

        assertThat(journal.size()).isEqualTo(5000);
        assertThat(journal.entries()).hasSize(5000);
        assertThat(journal.entries().head().sequence()).isEqualTo(2);
        assertThat(journal.contents().dropped()).isEqualTo(1);
    }

    @Test
    void a_size_below_one_is_refused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new OperationJournal(clock, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
