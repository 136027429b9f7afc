package io.stackbridge.application.service.marketplace;

import io.stackbridge.application.port.in.marketplace.CheckProductUseCase;
import io.stackbridge.application.port.out.RegistrationStorePort;
import io.stackbridge.application.port.out.WorldPort;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.marketplace.CheckedProduct;
import io.stackbridge.domain.marketplace.CompatibilityRule;
import io.stackbridge.domain.marketplace.DeviceConfiguration;
import io.stackbridge.domain.registration.RegistrationKey;
import io.vavr.control.Either;

/** Checks one product against the stamp's configuration and registration. */
public final class CheckProductService implements CheckProductUseCase {

    private final OpenMarketplace marketplace;

    public CheckProductService(RegistrationStorePort registrations, WorldPort world) {
        this.marketplace = new OpenMarketplace(registrations, world);
    }

    @Override
    public Either<DomainError, CheckedProduct> check(RegistrationKey registration, String productName, DeviceConfiguration device) {
        return marketplace.registration(registration).flatMap(open -> marketplace.product(registration, productName)
                .map(product -> new CheckedProduct(product, CompatibilityRule.check(product, device, open.token()))));
    }
}
