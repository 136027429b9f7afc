package io.stackbridge.domain.registration;

import java.util.Objects;

/**
 * A signed activation key (a compact JWT) as Azure hands it to the operator. It proves the
 * registration, so it is never printed: {@link #toString()} hides it, and only {@link #value()} gives it.
 */
public record ActivationKey(String value) {

    public ActivationKey {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return "ActivationKey[***]";
    }
}
