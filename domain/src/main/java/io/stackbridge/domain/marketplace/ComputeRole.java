package io.stackbridge.domain.marketplace;

import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/** The kind of compute a package brings, as the specification's {@code ComputeRole} enum spells it. */
public enum ComputeRole {
    None,
    IaaS,
    PaaS;

    public static Validation<Seq<Violation>, ComputeRole> parse(String field, String text) {
        return WireNames.parse(field, text, values(), Enum::name);
    }
}
