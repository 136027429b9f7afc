package io.stackbridge.domain.fuzz;

import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;

/**
 * What a parser may answer: a value, or a refusal that says why (at least one coded violation, or a
 * domain error with its code). Anything else, an exception included, fails the property.
 */
public final class Outcomes {

    private Outcomes() {
    }

    /** The value when valid; none when refused with at least one violation; fails on an empty refusal. */
    public static <T> Option<T> coded(Validation<? extends Seq<Violation>, T> result) {
        if (result.isInvalid()) {
            requireCoded(result.getError());
            return Option.none();
        }
        return Option.of(require(result.get()));
    }

    public static <T> Option<T> codedSeq(Either<? extends Seq<Violation>, T> result) {
        if (result.isLeft()) {
            requireCoded(result.getLeft());
            return Option.none();
        }
        return Option.of(require(result.get()));
    }

    public static <T> Option<T> codedError(Either<? extends DomainError, T> result) {
        if (result.isLeft()) {
            if (result.getLeft().code() == null || result.getLeft().arguments() == null) {
                throw new AssertionError("a refusal without a code: " + result.getLeft());
            }
            return Option.none();
        }
        return Option.of(require(result.get()));
    }

    private static void requireCoded(Seq<Violation> problems) {
        if (problems == null || problems.isEmpty() || problems.exists(p -> p == null || p.rule() == null)) {
            throw new AssertionError("a refusal that names no rule: " + problems);
        }
    }

    private static <T> T require(T value) {
        if (value == null) {
            throw new AssertionError("accepted, but the value is null");
        }
        return value;
    }
}
