package io.stackbridge.domain.linked;

/** The kinds of identity that create or change a resource, as the specification's {@code systemData} names them. */
public enum ActorType {
    User,
    Application,
    ManagedIdentity,
    Key
}
