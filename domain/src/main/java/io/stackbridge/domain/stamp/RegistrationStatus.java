package io.stackbridge.domain.stamp;

/** The registration state Region management > Properties shows for a stamp. */
public enum RegistrationStatus {
    /** An activation is applied and its key has not expired. */
    REGISTERED,
    /** No activation is applied (never registered, or deactivated). */
    NOT_REGISTERED,
    /** An activation is applied, but its key's {@code expires} lies in the past. */
    EXPIRED
}
