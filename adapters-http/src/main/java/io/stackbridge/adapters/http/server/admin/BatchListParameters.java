package io.stackbridge.adapters.http.server.admin;

import io.stackbridge.adapters.http.server.pipeline.Call;
import io.stackbridge.application.port.in.usage.QueryUsageLedgerUseCase.BatchQuery;
import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.text.Excerpt;
import io.stackbridge.domain.validation.Rule;
import io.stackbridge.domain.validation.ValueType;
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
        Validation<Seq<Violation>, Option<CloudId>> cloud = present(call, CloudId.FIELD)
                .map(text -> CloudId.parse(CloudId.FIELD, text).map(Option::some)).getOrElse(Validation.valid(Option.none()));
        Validation<Seq<Violation>, Integer> skip = number(call, "skip", 0, 0, Integer.MAX_VALUE);
        Validation<Seq<Violation>, Integer> limit = number(call, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        return Validation.combine(cloud, skip, limit).ap(BatchQuery::new).mapError(nested -> nested.flatMap(problems -> problems));
    }

    private static Validation<Seq<Violation>, Integer> number(Call call, String name, int absent, int lowest, int highest) {
        Option<String> text = present(call, name);
        if (text.isEmpty()) {
            return Validation.valid(absent);
        }
        try {
            int value = Integer.parseInt(text.get().trim());
            return value < lowest || value > highest
                    ? Violation.invalid(name, text.get(), Rule.OUT_OF_RANGE, lowest, highest)
                    : Validation.valid(value);
        } catch (NumberFormatException notANumber) {
            return Violation.invalid(name, Excerpt.of(text.get()), Rule.WRONG_TYPE, ValueType.INTEGER);
        }
    }

    private static Option<String> present(Call call, String name) {
        return call.query(name).filter(text -> !text.isBlank());
    }
}
