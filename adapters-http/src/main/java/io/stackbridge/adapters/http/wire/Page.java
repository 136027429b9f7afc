package io.stackbridge.adapters.http.wire;

import java.util.List;

/** One page of an ARM list: {@code {"value":[…],"nextLink":…}}, the link absent on the last page. */
public record Page<T>(List<T> value, String nextLink) {

    public Page {
        value = value == null ? List.of() : List.copyOf(value);
    }
}
