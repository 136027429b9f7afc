package io.stackbridge.application.service.admin;

import io.stackbridge.application.port.in.admin.ReadJournalUseCase;
import io.stackbridge.application.port.out.OperationJournalPort;
import io.stackbridge.domain.journal.JournalContents;
import io.stackbridge.domain.journal.JournalTail;

/** Reads the journal through the query's filters. */
public final class ReadJournalService implements ReadJournalUseCase {

    private final OperationJournalPort journal;

    public ReadJournalService(OperationJournalPort journal) {
        this.journal = journal;
    }

    @Override
    public JournalContents contents(JournalQuery query) {
        return journal.contents()
                .filter(entry -> query.operation().forAll(operation -> operation == entry.operation())
                        && query.outcome().forAll(outcome -> outcome.equalsIgnoreCase(entry.outcome()))
                        && query.after().forAll(after -> entry.sequence() > after));
    }

    @Override
    public JournalTail tail(long after, int limit) {
        if (after < 0 || limit < 1) {
            throw new IllegalArgumentException("after " + after + " < 0 or limit " + limit + " < 1");
        }
        return journal.tail(after, limit);
    }
}
