package io.stackbridge.application.service.admin;

import io.stackbridge.application.port.in.admin.RecordCallUseCase;
import io.stackbridge.application.port.out.OperationJournalPort;
import io.stackbridge.domain.fault.Operation;
import io.vavr.control.Option;

/** Journals one served call. */
public final class RecordCallService implements RecordCallUseCase {

    private final OperationJournalPort journal;

    public RecordCallService(OperationJournalPort journal) {
        this.journal = journal;
    }

    @Override
    public void record(Operation operation, String resource, String outcome, Option<String> faultRule) {
        journal.record(operation, resource, outcome, faultRule);
    }
}
