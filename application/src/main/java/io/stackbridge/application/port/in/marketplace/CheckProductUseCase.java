package io.stackbridge.application.port.in.marketplace;

import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.marketplace.CheckedProduct;
import io.stackbridge.domain.marketplace.DeviceConfiguration;
import io.stackbridge.domain.registration.RegistrationKey;
import io.vavr.control.Either;

/** One product with its compatibility with the stamp that asks (Products_GetProduct). */
public interface CheckProductUseCase {

    Either<DomainError, CheckedProduct> check(RegistrationKey registration, String productName, DeviceConfiguration device);
}
