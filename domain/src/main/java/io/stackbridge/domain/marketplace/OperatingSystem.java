package io.stackbridge.domain.marketplace;

import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/** The operating system of a product's image or extension, as the specification's {@code OperatingSystem} enum spells it. */
public enum OperatingSystem {
    None,
    Windows,
    Linux;

    public static Validation<Seq<Violation>, OperatingSystem> parse(String field, String text) {
        return WireNames.parse(field, text, values(), Enum::name);
    }
}
