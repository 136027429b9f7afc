package io.stackbridge.adapters.http.wire.admin;

import io.stackbridge.domain.fault.Operation;
import io.stackbridge.domain.journal.JournalContents;
import io.stackbridge.domain.journal.JournalEntry;
import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;

import java.time.Instant;

/**
 * The journal as the admin API shows it ({@code {"entries":[…],"dropped":n}}), written by the
 * emulator and read back by the terminal's client.
 */
public record JournalJson(java.util.List<Entry> entries, long dropped) {

    /** One journaled call. */
    public record Entry(long sequence, Instant at, String operation, String resource, String outcome, String faultRule) {

        static Entry from(JournalEntry entry) {
            return new Entry(entry.sequence(), entry.at(), entry.operation().name(), entry.resource(), entry.outcome(),
                    entry.faultRule().getOrNull());
        }

        Validation<Seq<Violation>, JournalEntry> toDomain() {
            if (at == null || resource == null || outcome == null) {
                return Violation.invalid("entries", String.valueOf(sequence), io.stackbridge.domain.validation.Rule.REQUIRED);
            }
            return Operation.parse(operation).map(op -> new JournalEntry(sequence, at, op, resource, outcome, Option.of(faultRule)));
        }
    }

    public static JournalJson from(JournalContents contents) {
        return new JournalJson(contents.entries().map(Entry::from).toJavaList(), contents.dropped());
    }

    public Validation<Seq<Violation>, JournalContents> toDomain() {
        List<Entry> all = entries == null ? List.empty() : List.ofAll(entries);
        return Validation.sequence(all.map(Entry::toDomain))
                .map(read -> new JournalContents(List.ofAll(read), Math.max(0, dropped)));
    }
}
