package io.stackbridge.domain.marketplace;

import io.vavr.control.Option;

import java.util.Objects;

/** What a stamp reports about an action on a product (the specification's {@code MarketplaceProductLogUpdate}); every field optional. */
public record ProductLogUpdate(Option<String> operation, Option<String> status, Option<String> error, Option<String> details) {

    public static final ProductLogUpdate EMPTY = new ProductLogUpdate(Option.none(), Option.none(), Option.none(), Option.none());

    public ProductLogUpdate {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(details, "details");
    }
}
