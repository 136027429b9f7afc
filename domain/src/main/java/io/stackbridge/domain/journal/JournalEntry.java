package io.stackbridge.domain.journal;

import io.stackbridge.domain.fault.Operation;
import io.vavr.control.Option;

import java.time.Instant;
import java.util.Objects;

/**
 * One call to the emulated Azure as the journal keeps it: when, which operation on which resource,
 * how it ended ({@code OK} or an error code or failure kind), and the fault rule that fired, if any.
 */
public record JournalEntry(long sequence, Instant at, Operation operation, String resource, String outcome,
                           Option<String> faultRule) {

    public static final String OK = "OK";

    public JournalEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(faultRule, "faultRule");
    }

    public boolean succeeded() {
        return OK.equals(outcome);
    }
}
