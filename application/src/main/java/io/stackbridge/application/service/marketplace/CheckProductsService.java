package io.stackbridge.application.service.marketplace;

import io.stackbridge.application.port.in.marketplace.CheckProductsUseCase;
import io.stackbridge.application.port.out.RegistrationStorePort;
import io.stackbridge.application.port.out.WorldPort;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.marketplace.CheckedProduct;
import io.stackbridge.domain.marketplace.CompatibilityRule;
import io.stackbridge.domain.marketplace.DeviceConfiguration;
import io.stackbridge.domain.marketplace.Product;
import io.stackbridge.domain.registration.RegistrationKey;
import io.vavr.collection.List;
import io.vavr.control.Either;

/** Checks the whole catalog, or one product, against the stamp's configuration and registration. */
public final class CheckProductsService implements CheckProductsUseCase {

    private final OpenMarketplace marketplace;

    public CheckProductsService(RegistrationStorePort registrations, WorldPort world) {
        this.marketplace = new OpenMarketplace(registrations, world);
    }

    @Override
    public Either<DomainError, List<CheckedProduct>> check(RegistrationKey registration, String productName, DeviceConfiguration device) {
        return marketplace.registration(registration).flatMap(open -> chosen(registration, productName)
                .map(products -> products.map(product ->
                        new CheckedProduct(product, CompatibilityRule.check(product, device, open.token())))));
    }

    private Either<DomainError, List<Product>> chosen(RegistrationKey registration, String productName) {
        return ALL_PRODUCTS.equalsIgnoreCase(productName)
                ? Either.right(ProductOrder.sorted(marketplace.catalog()))
                : marketplace.product(registration, productName).map(List::of);
    }
}
