package io.stackbridge.domain.marketplace;

import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/** The identity system of a stamp, as the specification's {@code DeviceConfiguration.identitySystem} enum spells it. */
public enum IdentitySystem {
    AzureAD,
    ADFS;

    public static final String FIELD = "identitySystem";

    public static Validation<Seq<Violation>, IdentitySystem> parse(String field, String text) {
        return WireNames.parse(field, text, values(), Enum::name);
    }
}
