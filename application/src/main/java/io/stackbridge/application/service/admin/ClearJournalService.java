package io.stackbridge.application.service.admin;

import io.stackbridge.application.port.in.admin.ClearJournalUseCase;
import io.stackbridge.application.port.out.OperationJournalPort;

/** Empties the journal. */
public final class ClearJournalService implements ClearJournalUseCase {

    private final OperationJournalPort journal;

    public ClearJournalService(OperationJournalPort journal) {
        this.journal = journal;
    }

    @Override
    public void clear() {
        journal.clear();
    }
}
