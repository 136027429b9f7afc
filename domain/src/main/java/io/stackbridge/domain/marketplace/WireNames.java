package io.stackbridge.domain.marketplace;

import io.stackbridge.domain.validation.Rule;
import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

import java.util.function.Function;

/** Reads a marketplace enum from the name the REST specification spells, in any case, naming the field on failure. */
final class WireNames {

    private WireNames() {
    }

    static <E extends Enum<E>> Validation<Seq<Violation>, E> parse(String field, String text, E[] values, Function<E, String> wire) {
        if (text == null || text.isBlank()) {
            return Violation.invalid(field, text, Rule.REQUIRED);
        }
        List<E> all = List.of(values);
        return all.find(value -> wire.apply(value).equalsIgnoreCase(text.trim()))
                .<Seq<Violation>>toValidation(() -> List.of(Violation.of(field, text, Rule.UNKNOWN_VALUE, all.map(wire).mkString(", "))));
    }
}
