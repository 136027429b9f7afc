package io.stackbridge.adapters.http.server.admin;

import io.javalin.http.HandlerType;
import io.stackbridge.adapters.http.server.pipeline.Call;
import io.stackbridge.adapters.http.server.pipeline.Reply;
import io.stackbridge.adapters.http.wire.admin.BatchPageJson;
import io.stackbridge.adapters.http.wire.admin.LedgerSummaryJson;
import io.stackbridge.application.port.in.usage.QueryUsageLedgerUseCase;
import io.stackbridge.domain.error.ArmError;
import io.stackbridge.domain.error.DomainError;
import io.vavr.collection.List;
import io.vavr.control.Either;
import jakarta.inject.Inject;


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

    public List<AdminRoute> routes() {
        return List.of(AdminRoute.of(HandlerType.GET, "/usage", this::summary),
                AdminRoute.of(HandlerType.GET, "/usage/batches", this::batches));
    }

    private Either<DomainError, Reply> batches(Call call) {
        return BatchListParameters.read(call).toEither().<DomainError>mapLeft(ArmError.InvalidRequestContent::new)
                .map(query -> Reply.ok(BatchPageJson.from(query.skip(), query.limit(), ledger.batches(query))));
    }

    private Either<DomainError, Reply> summary(Call call) {
        return LedgerQueryParameters.read(call).toEither().<DomainError>mapLeft(ArmError.InvalidRequestContent::new)
                .map(ledger::summary)
                .map(summary -> Reply.ok(LedgerSummaryJson.from(summary)));
    }
}
