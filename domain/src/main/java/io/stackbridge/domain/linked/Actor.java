package io.stackbridge.domain.linked;

import java.util.Objects;

/** Who created or last changed a resource: an identity (an application's client ID, a user's name) and its kind. */
public record Actor(String id, ActorType type) {

    /** The caller of a request that carried no readable token (the emulator's authentication turned off). */
    public static final Actor UNKNOWN = new Actor("unknown", ActorType.Application);

    public Actor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
    }
}
