package io.stackbridge.domain.marketplace;

import java.util.Objects;

/**
 * One item of the marketplace Azure offers a registered stamp: its name (the {@code productName}
 * of the paths, unique in the catalog, compared without regard to case), its kind, how it is listed,
 * what is downloaded and what the stamp must be for it to fit.
 */
public record Product(String name, ProductKind kind, ProductListing listing, ProductPayload payload, ProductConstraints constraints) {

    public Product {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(listing, "listing");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(constraints, "constraints");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a product has a name");
        }
    }

    public boolean named(String productName) {
        return name.equalsIgnoreCase(productName);
    }
}
