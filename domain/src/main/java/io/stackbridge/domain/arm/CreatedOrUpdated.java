package io.stackbridge.domain.arm;

import java.util.Objects;

/** The result of a create-or-update: the resource as stored, and whether it was created (201) or updated (200). */
public record CreatedOrUpdated<T>(T resource, boolean created) {

    public CreatedOrUpdated {
        Objects.requireNonNull(resource, "resource");
    }

    public static <T> CreatedOrUpdated<T> created(T resource) {
        return new CreatedOrUpdated<>(resource, true);
    }

    public static <T> CreatedOrUpdated<T> updated(T resource) {
        return new CreatedOrUpdated<>(resource, false);
    }
}
