package io.stackbridge.application.port.out;

import io.stackbridge.domain.fault.Operation;
import io.stackbridge.domain.journal.JournalEntry;
import io.vavr.collection.List;
import io.vavr.control.Option;

/** The emulated Azure's record of the calls it served and how each ended. */
public interface OperationJournalPort {

    JournalEntry record(Operation operation, String resource, String outcome, Option<String> faultRule);

    List<JournalEntry> entries();

    void clear();
}
