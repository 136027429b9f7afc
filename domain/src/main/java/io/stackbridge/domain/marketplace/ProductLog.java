package io.stackbridge.domain.marketplace;

import io.stackbridge.domain.registration.RegistrationKey;

import java.time.Instant;
import java.util.Objects;

/** A logged action on a product, as the service answers an upload (the specification's {@code ProductLog}). */
public record ProductLog(String id, String productId, RegistrationKey registration, ProductLogUpdate update,
                         Instant startDate, Instant endDate) {

    public ProductLog {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(registration, "registration");
        Objects.requireNonNull(update, "update");
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(endDate, "endDate");
    }
}
