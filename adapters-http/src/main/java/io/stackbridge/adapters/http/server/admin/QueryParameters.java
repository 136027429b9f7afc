package io.stackbridge.adapters.http.server.admin;

import io.stackbridge.adapters.http.server.pipeline.Call;
import io.stackbridge.domain.text.Excerpt;
import io.stackbridge.domain.validation.Rule;
import io.stackbridge.domain.validation.ValueType;
import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;

import java.util.function.Function;

/**
 * The admin routes' query parameters, read one way: a blank parameter counts as absent, a whole
 * number is read here (surrounding spaces allowed), and a bad one is a violation named after its
 * parameter ({@code WRONG_TYPE} with an excerpt of the text, or {@code OUT_OF_RANGE} with the bounds),
 * which the routes answer with a 400 {@code InvalidRequestContent} listing every problem.
 */
public final class QueryParameters {

    private QueryParameters() {
    }

    public static Option<String> present(Call call, String name) {
        return call.query(name).filter(text -> !text.isBlank());
    }

    /** The parameter read by {@code parse}, or none when it is absent. */
    public static <T> Validation<Seq<Violation>, Option<T>> optional(Call call, String name, Function<String, Validation<Seq<Violation>, T>> parse) {
        return present(call, name).map(text -> parse.apply(text).map(Option::some)).getOrElse(Validation.valid(Option.none()));
    }

    /** A whole number (a sequence number, a seed), or none when it is absent. */
    public static Validation<Seq<Violation>, Option<Long>> optionalWhole(Call call, String name) {
        return optional(call, name, text -> whole(name, text));
    }

    /** A whole number from {@code lowest} to {@code highest}, or {@code absent} when it is not given. */
    public static Validation<Seq<Violation>, Integer> between(Call call, String name, int absent, int lowest, int highest) {
        return present(call, name).map(text -> whole(name, text).flatMap(value -> value < lowest || value > highest
                        ? Violation.<Integer>invalid(name, text, Rule.OUT_OF_RANGE, lowest, highest)
                        : Validation.<Seq<Violation>, Integer>valid(value.intValue())))
                .getOrElse(Validation.valid(absent));
    }

    private static Validation<Seq<Violation>, Long> whole(String name, String text) {
        try {
            return Validation.valid(Long.parseLong(text.trim()));
        } catch (NumberFormatException notANumber) {
            return Violation.invalid(name, Excerpt.of(text), Rule.WRONG_TYPE, ValueType.INTEGER);
        }
    }
}
