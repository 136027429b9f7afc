package io.stackbridge.domain.marketplace;

import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/**
 * What a marketplace product installs. The specification's {@code productKind} is free text whose
 * description names {@code virtualMachine} and {@code virtualMachineExtension}; {@code resourceProvider}
 * is ours, for the resource providers a stamp also downloads (docs/decisions.md, "Marketplace").
 */
public enum ProductKind {
    VIRTUAL_MACHINE("virtualMachine"),
    VIRTUAL_MACHINE_EXTENSION("virtualMachineExtension"),
    RESOURCE_PROVIDER("resourceProvider");

    private final String wire;

    ProductKind(String wire) {
        this.wire = wire;
    }

    /** The name as the REST answers spell it. */
    public String wire() {
        return wire;
    }

    public static Validation<Seq<Violation>, ProductKind> parse(String field, String text) {
        return WireNames.parse(field, text, values(), ProductKind::wire);
    }
}
