package io.stackbridge.application.service.marketplace;

import io.stackbridge.application.port.in.marketplace.GetProductUseCase;
import io.stackbridge.application.port.out.RegistrationStorePort;
import io.stackbridge.application.port.out.WorldPort;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.marketplace.Product;
import io.stackbridge.domain.registration.RegistrationKey;
import io.vavr.control.Either;

/** Reads one product of an open marketplace. */
public final class GetProductService implements GetProductUseCase {

    private final OpenMarketplace marketplace;

    public GetProductService(RegistrationStorePort registrations, WorldPort world) {
        this.marketplace = new OpenMarketplace(registrations, world);
    }

    @Override
    public Either<DomainError, Product> get(RegistrationKey registration, String productName) {
        return marketplace.registration(registration).flatMap(open -> marketplace.product(registration, productName));
    }
}
