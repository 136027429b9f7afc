package io.stackbridge.application.port.in.marketplace;

import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.marketplace.Product;
import io.stackbridge.domain.registration.RegistrationKey;
import io.vavr.control.Either;

/**
 * One product of a registration's marketplace (Products_Get, and the download details of
 * Products_ListDetails); {@code ResourceNotFound} for a name the catalog does not hold.
 */
public interface GetProductUseCase {

    Either<DomainError, Product> get(RegistrationKey registration, String productName);
}
