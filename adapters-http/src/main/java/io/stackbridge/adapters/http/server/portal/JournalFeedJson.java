package io.stackbridge.adapters.http.server.portal;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.stackbridge.domain.error.ErrorCode;
import io.stackbridge.domain.fault.Operation;
import io.stackbridge.domain.journal.JournalEntry;
import io.stackbridge.domain.journal.JournalTail;
import io.vavr.collection.List;

import java.time.Instant;

/**
 * {@code GET /azure/journal?after=N&limit=L}: the journal's entries after sequence {@code N}, oldest first,
 * at most the newest {@code L} of them ({@code skipped} counts the older ones left out, so a live view
 * that fell behind jumps to the present), and {@code last}, the newest sequence number the journal has
 * given (the next {@code after}; it falls back when the journal is cleared and numbers again from 1);
 * {@code dropped} is how many entries the bounded journal forgot. The journal's own fields are mapped:
 * {@code path} is its resource, {@code code} its outcome unless {@code OK}, {@code faulted} whether a
 * fault rule fired ({@code faultRule} names it), {@code method} the operation's HTTP method (a refusal at the admin gate,
 * {@code Admin_Access}, keeps {@code METHOD /path} as its resource: shown as method and path), and
 * {@code status} the HTTP status of the outcome: 200 for a success (the journal keeps no finer 2xx),
 * an error code's own status, none when the connection was cut and no answer was written.
 */
public record JournalFeedJson(java.util.List<Entry> entries, long last, long skipped, long dropped) {

    /** One journaled call. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Entry(long sequence, Instant at, String operation, String method, String path, Integer status, String code,
                        boolean faulted, String outcome, String faultRule) {

        static Entry from(JournalEntry entry) {
            boolean ok = entry.succeeded();
            // A refusal at the admin gate keeps "METHOD /path" as its resource: shown split, like any other call.
            String[] refused = entry.operation() == Operation.Admin_Access ? entry.resource().split(" ", 2) : new String[0];
            String method = refused.length == 2 ? refused[0] : JournalMethods.of(entry.operation()).getOrNull();
            return new Entry(entry.sequence(), entry.at(), entry.operation().name(), method,
                    refused.length == 2 ? refused[1] : entry.resource(), ok ? Integer.valueOf(200) : status(entry.outcome()), ok ? null : entry.outcome(),
                    entry.faultRule().isDefined(), entry.outcome(), entry.faultRule().getOrNull());
        }

        private static Integer status(String outcome) {
            return List.of(ErrorCode.values()).find(code -> code.name().equals(outcome))
                    .flatMap(ErrorCode::httpStatus).getOrNull();
        }
    }

    static JournalFeedJson from(JournalTail tail) {
        return new JournalFeedJson(tail.entries().map(Entry::from).toJavaList(), tail.last(), tail.skipped(), tail.dropped());
    }
}
