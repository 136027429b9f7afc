package io.stackbridge.adapters.fakeazure.store.ledger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Values numbered in the order they were first seen, each kept once: a row of the ledger stores the
 * number (4 bytes) of its subscription, meter, resource… rather than its own copy of them. Two
 * values are the same one when their {@code spelling} is equal (the exact text, where a value must
 * come back as it was written).
 */
final class Interned<T> {

    private final Function<T, Object> spelling;
    private final Map<Object, Integer> numbers = new HashMap<>();
    private final List<T> values = new ArrayList<>();

    Interned(Function<T, Object> spelling) {
        this.spelling = spelling;
    }

    /** Values that are the same one when they are equal. */
    static <T> Interned<T> byEquality() {
        return new Interned<>(value -> value);
    }

    /** The number of {@code value}, given it now if it is new. Numbers start at 1. */
    int number(T value) {
        Object key = spelling.apply(value);
        Integer known = numbers.get(key);
        if (known != null) {
            return known;
        }
        values.add(value);
        numbers.put(key, values.size());
        return values.size();
    }

    /** The number of {@code value}, or 0 when it was never seen. */
    int find(T value) {
        return numbers.getOrDefault(spelling.apply(value), 0);
    }

    T value(int number) {
        return values.get(number - 1);
    }

    void clear() {
        numbers.clear();
        values.clear();
    }
}
