package io.stackbridge.application.port.in.admin;

/** Empties the journal. */
public interface ClearJournalUseCase {

    void clear();
}
