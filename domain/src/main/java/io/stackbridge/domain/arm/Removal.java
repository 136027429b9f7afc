package io.stackbridge.domain.arm;

/** The result of a delete: something was deleted (200), or nothing was there (204). */
public enum Removal {
    DELETED,
    ABSENT
}
