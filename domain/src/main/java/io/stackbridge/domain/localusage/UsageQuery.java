package io.stackbridge.domain.localusage;

import io.stackbridge.domain.text.Digests;
import io.stackbridge.domain.id.SubscriptionId;
import io.vavr.control.Option;

import java.time.Instant;
import java.util.Objects;

/**
 * A checked usage query: which API, the caller's subscription, reported times in [start, end),
 * the granularity, the subscriber asked for (provider API only) and where the page starts.
 */
public record UsageQuery(UsageApi api, SubscriptionId caller, Instant reportedStart, Instant reportedEnd, Granularity granularity,
                         Option<SubscriptionId> subscriber, int offset) {

    public UsageQuery {
        Objects.requireNonNull(api, "api");
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(reportedStart, "reportedStart");
        Objects.requireNonNull(reportedEnd, "reportedEnd");
        Objects.requireNonNull(granularity, "granularity");
        Objects.requireNonNull(subscriber, "subscriber");
        if (!reportedStart.isBefore(reportedEnd) || offset < 0) {
            throw new IllegalArgumentException("invalid usage query " + reportedStart + " – " + reportedEnd + " @" + offset);
        }
    }

    /** The same query from another position. */
    public UsageQuery at(int newOffset) {
        return new UsageQuery(api, caller, reportedStart, reportedEnd, granularity, subscriber, newOffset);
    }

    /**
     * What makes two queries the same list (everything but the position): 16 hex digits of the
     * SHA-256 of the API, caller, period, granularity and subscriber, IDs compared without case.
     */
    public String fingerprint() {
        String identity = api + "|" + caller.guid().key() + "|" + reportedStart + "|" + reportedEnd + "|" + granularity + "|"
                + subscriber.map(id -> id.guid().key()).getOrElse("-");
        return Digests.sha256Hex(identity, 8);
    }
}
