package io.stackbridge.adapters.http.server.admin;

import io.javalin.http.HandlerType;
import io.stackbridge.adapters.http.server.pipeline.Call;
import io.stackbridge.adapters.http.server.pipeline.Reply;
import io.stackbridge.application.port.in.usage.QueryUsageLedgerUseCase;
import io.stackbridge.application.port.in.usage.QueryUsageLedgerUseCase.BatchQuery;
import io.stackbridge.domain.error.ArmError;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.registration.RegistrationKey;
import io.stackbridge.domain.usage.LedgerGroup;
import io.stackbridge.domain.usage.LedgerSummary;
import io.stackbridge.domain.usage.ReceivedBatch;
import io.stackbridge.domain.usage.ReceivedBatches;
import io.vavr.collection.List;
import io.vavr.control.Either;
import jakarta.inject.Inject;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the emulated Azure booked: {@code GET /usage} answers the ledger's summary (see
 * {@link LedgerQueryParameters} for its query string), quantities as exact decimal strings;
 * {@code GET /usage/batches} lists the accepted batches a page at a time ({@link BatchListParameters}).
 */
public final class UsageLedgerRoutes {

    private final QueryUsageLedgerUseCase ledger;

    @Inject
    public UsageLedgerRoutes(QueryUsageLedgerUseCase ledger) {
        this.ledger = ledger;
    }

    /** The summary as sent: each group names only the groupings asked for. */
    public record Summary(long records, String quantity, java.util.List<Map<String, Object>> groups) {
        static Summary from(LedgerSummary summary) {
            return new Summary(summary.records(), summary.quantity().toString(),
                    summary.groups().map(Summary::group).toJavaList());
        }

        private static Map<String, Object> group(LedgerGroup group) {
            Map<String, Object> fields = new LinkedHashMap<>();
            group.billedTo().forEach(id -> fields.put("subscriptionId", id.value()));
            group.meterId().forEach(id -> fields.put("meterId", id.value()));
            group.hour().forEach(hour -> fields.put("hour", hour.start().toString()));
            group.registration().forEach(key -> fields.put("registration", armId(key)));
            fields.put("records", group.records());
            fields.put("quantity", group.quantity().toString());
            return fields;
        }

        private static String armId(RegistrationKey key) {
            return "/subscriptions/" + key.subscriptionId().value() + "/resourceGroups/" + key.resourceGroup().value()
                    + "/providers/Microsoft.AzureStack/registrations/" + key.name().value();
        }
    }

    /**
     * One accepted batch as listed; {@code firstSeen} is when it arrived, null only for a batch that
     * booked no record and was accepted before the data directory's schema version 8.
     */
    public record Batch(String id, String cloudId, int records, int booked, String firstSeen) {
        static Batch from(ReceivedBatch batch) {
            return new Batch(batch.id().value(), batch.cloudId().value(), batch.records(), batch.booked(),
                    batch.firstSeen().map(Object::toString).getOrNull());
        }
    }

    /** One page of the accepted batches, and how many match in all. */
    public record Batches(long total, int skip, int limit, java.util.List<Batch> batches) {
        static Batches from(BatchQuery query, ReceivedBatches found) {
            return new Batches(found.total(), query.skip(), query.limit(), found.page().map(Batch::from).toJavaList());
        }
    }

    public List<AdminRoute> routes() {
        return List.of(AdminRoute.of(HandlerType.GET, "/usage", this::summary),
                AdminRoute.of(HandlerType.GET, "/usage/batches", this::batches));
    }

    private Either<DomainError, Reply> batches(Call call) {
        return BatchListParameters.read(call).toEither().<DomainError>mapLeft(ArmError.InvalidRequestContent::new)
                .map(query -> Reply.ok(Batches.from(query, ledger.batches(query))));
    }

    private Either<DomainError, Reply> summary(Call call) {
        return LedgerQueryParameters.read(call).toEither().<DomainError>mapLeft(ArmError.InvalidRequestContent::new)
                .map(ledger::summary)
                .map(summary -> Reply.ok(Summary.from(summary)));
    }
}
