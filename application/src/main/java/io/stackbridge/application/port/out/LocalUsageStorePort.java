package io.stackbridge.application.port.out;

import io.stackbridge.domain.usage.UsageRecord;
import io.vavr.collection.List;
import io.vavr.collection.Seq;

import java.time.Instant;

/** The stamp's usage database: every hourly record its resource providers emitted, queried by reported time. */
public interface LocalUsageStorePort {

    /** Stores records; a record whose key is already stored is ignored (first one wins). */
    void append(Seq<UsageRecord> records);

    /** Records reported in [from, to), ordered by reported time, then subscription, meter, resource and hour. */
    List<UsageRecord> reportedBetween(Instant from, Instant to);
}
