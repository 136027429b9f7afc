package io.stackbridge.application.service.admin;

import io.stackbridge.application.port.in.admin.ReadJournalUseCase;
import io.stackbridge.application.port.out.OperationJournalPort;
import io.stackbridge.domain.journal.JournalEntry;
import io.vavr.collection.List;

/** Reads the journal through the query's filters. */
public final class ReadJournalService implements ReadJournalUseCase {

    private final OperationJournalPort journal;

    public ReadJournalService(OperationJournalPort journal) {
        this.journal = journal;
    }

    @Override
    public List<JournalEntry> read(JournalQuery query) {
        return journal.entries()
                .filter(entry -> query.operation().forAll(operation -> operation == entry.operation()))
                .filter(entry -> query.outcome().forAll(outcome -> outcome.equalsIgnoreCase(entry.outcome())))
                .filter(entry -> query.after().forAll(after -> entry.sequence() > after));
    }
}
