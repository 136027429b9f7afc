package io.stackbridge.adapters.fakeazure.journal;

import io.stackbridge.adapters.fakeazure.wiring.FakeAzureSettings;
import io.stackbridge.domain.fault.Operation;
import io.stackbridge.domain.journal.JournalEntry;
import io.stackbridge.junit.FakeAzure;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The in-process fake's journal size is a setting; reset empties the journal and its dropped count. */
class JournalSizeTest {

    @Test
    void the_builder_sets_the_journal_size_and_reset_forgets_what_was_dropped() {
        FakeAzure azure = FakeAzure.builder().journalSize(2).start();
        for (int call = 0; call < 5; call++) {
            azure.journal().record(Operation.Usage_Push, "b" + call, JournalEntry.OK, Option.none());
        }
        assertThat(azure.journal().size()).isEqualTo(2);
        assertThat(azure.journal().contents().dropped()).isEqualTo(3);

        azure.reset();

        assertThat(azure.journal().contents().entries()).isEmpty();
        assertThat(azure.journal().contents().dropped()).isZero();
    }

    @Test
    void the_default_is_5000_and_a_size_out_of_range_is_refused() {
        assertThat(FakeAzureSettings.defaults().journalSize()).isEqualTo(JournalSize.DEFAULT).isEqualTo(5000);
        assertThatThrownBy(() -> FakeAzureSettings.defaults().withJournalSize(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FakeAzureSettings.defaults().withJournalSize(JournalSize.MAX + 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
