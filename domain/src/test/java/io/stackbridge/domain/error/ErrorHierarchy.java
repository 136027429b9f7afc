package io.stackbridge.domain.error;

import io.vavr.collection.List;

/** Walks the sealed {@link DomainError} hierarchy, so that tests see every code without a hand-kept list. */
final class ErrorHierarchy {

    private ErrorHierarchy() {
    }

    /** Every concrete error type (the records), in declaration order. */
    static List<Class<?>> leaves() {
        return leavesOf(DomainError.class);
    }

    /** The sealed interface directly under {@link DomainError} that declares {@code leaf}. */
    static Class<?> categoryOf(Class<?> leaf) {
        return List.of(DomainError.class.getPermittedSubclasses())
                .find(category -> category.isAssignableFrom(leaf))
                .getOrElseThrow(() -> new AssertionError(leaf + " is outside every category"));
    }

    private static List<Class<?>> leavesOf(Class<?> type) {
        if (!type.isSealed()) {
            return List.of(type);
        }
        return List.of(type.getPermittedSubclasses()).flatMap(ErrorHierarchy::leavesOf);
    }
}
