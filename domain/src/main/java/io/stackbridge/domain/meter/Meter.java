package io.stackbridge.domain.meter;

import io.stackbridge.domain.id.MeterId;

import java.util.Objects;

/** One usage meter: its ID as published, name, unit, service area, and whether it is deprecated. */
public record Meter(MeterId id, String name, String unit, String area, boolean deprecated) {

    public Meter {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(area, "area");
    }
}
