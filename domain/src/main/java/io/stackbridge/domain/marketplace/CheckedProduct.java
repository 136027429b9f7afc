package io.stackbridge.domain.marketplace;

import java.util.Objects;

/** A product together with whether it fits the stamp that asked. */
public record CheckedProduct(Product product, Compatibility compatibility) {

    public CheckedProduct {
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(compatibility, "compatibility");
    }
}
