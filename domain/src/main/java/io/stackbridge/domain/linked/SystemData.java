package io.stackbridge.domain.linked;

import java.time.Instant;
import java.util.Objects;

/** Who created a resource and when, and who changed it last and when (Resource Manager's {@code systemData}). */
public record SystemData(Actor createdBy, Instant createdAt, Actor lastModifiedBy, Instant lastModifiedAt) {

    public SystemData {
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(lastModifiedBy, "lastModifiedBy");
        Objects.requireNonNull(lastModifiedAt, "lastModifiedAt");
    }

    public static SystemData createdBy(Actor actor, Instant at) {
        return new SystemData(actor, at, actor, at);
    }

    /** The same creation, changed by {@code actor} at {@code at}. */
    public SystemData modifiedBy(Actor actor, Instant at) {
        return new SystemData(createdBy, createdAt, actor, at);
    }
}
