package io.stackbridge.adapters.http.wire.admin;

import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.usage.BatchId;
import io.stackbridge.domain.usage.ReceivedBatch;
import io.stackbridge.domain.usage.ReceivedBatches;
import io.stackbridge.domain.validation.Rule;
import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Try;
import io.vavr.control.Validation;

import java.time.Instant;

/** One page of the batches the usage ledger accepted, as the admin API lists them, and how many match in all. */
public record BatchPageJson(long total, int skip, int limit, java.util.List<Batch> batches) {

    /**
     * One accepted batch; {@code firstSeen} is when it arrived, null only for a batch that booked no
     * record and was accepted before the data directory's schema version 8.
     */
    public record Batch(String id, String cloudId, int records, int booked, String firstSeen) {

        static Batch from(ReceivedBatch batch) {
            return new Batch(batch.id().value(), batch.cloudId().value(), batch.records(), batch.booked(),
                    batch.firstSeen().map(Object::toString).getOrNull());
        }

        Validation<Seq<Violation>, ReceivedBatch> toDomain() {
            Option<Instant> seen = Option.of(firstSeen).flatMap(text -> Try.of(() -> Instant.parse(text)).toOption());
            if (id == null || !BatchId.isWellFormed(id) || (firstSeen != null && seen.isEmpty()) || records < 1 || booked < 0
                    || booked > records) {
                return Violation.invalid("batches", String.valueOf(id), Rule.WRONG_TYPE, "batch");
            }
            return CloudId.parse("cloudId", cloudId).map(cloud -> new ReceivedBatch(BatchId.of(id), cloud, records, booked, seen));
        }
    }

    public static BatchPageJson from(int skip, int limit, ReceivedBatches found) {
        return new BatchPageJson(found.total(), skip, limit, found.page().map(Batch::from).toJavaList());
    }

    public Validation<Seq<Violation>, ReceivedBatches> toDomain() {
        List<Batch> all = batches == null ? List.empty() : List.ofAll(batches);
        return Validation.sequence(all.map(Batch::toDomain)).map(read -> new ReceivedBatches(total, List.ofAll(read)));
    }
}
