package io.stackbridge.adapters.http.server.admin;

import io.javalin.http.HandlerType;
import io.stackbridge.adapters.http.server.pipeline.Call;
import io.stackbridge.adapters.http.server.pipeline.Reply;
import io.stackbridge.adapters.http.wire.admin.JournalJson;
import io.stackbridge.application.port.in.admin.ClearJournalUseCase;
import io.stackbridge.application.port.in.admin.ReadJournalUseCase.JournalQuery;
import io.stackbridge.application.port.in.admin.ReadJournalUseCase;
import io.stackbridge.domain.error.ArmError;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.fault.Operation;
import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import jakarta.inject.Inject;


/**
 * The request journal: list (filtered by {@code operation}, {@code outcome}, {@code after}), with the
 * count of entries the bounded journal dropped, and clear (which resets that count too).
 */
public final class JournalRoutes {

    private final ReadJournalUseCase readJournal;
    private final ClearJournalUseCase clearJournal;

    @Inject
    public JournalRoutes(ReadJournalUseCase readJournal, ClearJournalUseCase clearJournal) {
        this.readJournal = readJournal;
        this.clearJournal = clearJournal;
    }

    public List<AdminRoute> routes() {
        return List.of(
                AdminRoute.of(HandlerType.GET, "/journal", this::read),
                AdminRoute.of(HandlerType.DELETE, "/journal", call -> {
                    clearJournal.clear();
                    return Either.right(Reply.empty(204));
                }));
    }

    private Either<DomainError, Reply> read(Call call) {
        return query(call).toEither().<DomainError>mapLeft(ArmError.InvalidRequestContent::new)
                .map(query -> readJournal.contents(query))
                .map(contents -> Reply.ok(JournalJson.from(contents)));
    }

    private static Validation<Seq<Violation>, JournalQuery> query(Call call) {
        Validation<Seq<Violation>, Option<Operation>> operation = QueryParameters.optional(call, "operation", Operation::parse);
        Validation<Seq<Violation>, Option<Long>> after = QueryParameters.optionalWhole(call, "after");
        Option<String> outcome = QueryParameters.present(call, "outcome");
        return Validation.combine(operation, after).ap((op, since) -> new JournalQuery(op, outcome, since))
                .mapError(nested -> nested.flatMap(problems -> problems));
    }
}
