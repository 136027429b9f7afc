package io.stackbridge.adapters.http.server.admin;

import io.stackbridge.adapters.http.server.pipeline.Call;
import io.stackbridge.application.port.in.usage.QueryUsageLedgerUseCase.BatchQuery;
import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;

/**
 * The batch list's query string: {@code cloudId}, {@code skip} (0 by default) and {@code limit}
 * (between 1 and {@value #MAX_LIMIT}, {@value #DEFAULT_LIMIT} by default).
 */
final class BatchListParameters {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    private BatchListParameters() {
    }

    static Validation<Seq<Violation>, BatchQuery> read(Call call) {
        Validation<Seq<Violation>, Option<CloudId>> cloud = QueryParameters.optional(call, CloudId.FIELD,
                text -> CloudId.parse(CloudId.FIELD, text));
        Validation<Seq<Violation>, Integer> skip = QueryParameters.between(call, "skip", 0, 0, Integer.MAX_VALUE);
        Validation<Seq<Violation>, Integer> limit = QueryParameters.between(call, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        return Validation.combine(cloud, skip, limit).ap(BatchQuery::new).mapError(nested -> nested.flatMap(problems -> problems));
    }
}
