package io.stackbridge.application.port.in.marketplace;

import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.marketplace.CheckedProduct;
import io.stackbridge.domain.marketplace.DeviceConfiguration;
import io.stackbridge.domain.registration.RegistrationKey;
import io.vavr.collection.List;
import io.vavr.control.Either;

/**
 * Products with their compatibility with the stamp that asks (Products_ListProducts,
 * Products_GetProducts): the whole catalog for the product name {@value #ALL_PRODUCTS} (the name the
 * specification's example uses), else the one product named.
 */
public interface CheckProductsUseCase {

    String ALL_PRODUCTS = "_all";

    Either<DomainError, List<CheckedProduct>> check(RegistrationKey registration, String productName, DeviceConfiguration device);
}
