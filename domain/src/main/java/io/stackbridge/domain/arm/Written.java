package io.stackbridge.domain.arm;

import java.util.Objects;

/** The result of a create-or-update: the resource as stored, and whether it was created (201) or updated (200). */
public record Written<T>(T resource, boolean created) {

    public Written {
        Objects.requireNonNull(resource, "resource");
    }

    public static <T> Written<T> created(T resource) {
        return new Written<>(resource, true);
    }

    public static <T> Written<T> updated(T resource) {
        return new Written<>(resource, false);
    }
}
