package io.stackbridge.application.service.marketplace;

import io.stackbridge.application.port.in.marketplace.ListProductsUseCase;
import io.stackbridge.application.port.out.RegistrationStorePort;
import io.stackbridge.application.port.out.WorldPort;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.marketplace.Product;
import io.stackbridge.domain.registration.RegistrationKey;
import io.vavr.collection.List;
import io.vavr.control.Either;

/** Lists the catalog for an open marketplace, ordered by product name. */
public final class ListProductsService implements ListProductsUseCase {

    private final OpenMarketplace marketplace;

    public ListProductsService(RegistrationStorePort registrations, WorldPort world) {
        this.marketplace = new OpenMarketplace(registrations, world);
    }

    @Override
    public Either<DomainError, List<Product>> list(RegistrationKey registration) {
        return marketplace.registration(registration).map(open -> ProductOrder.sorted(marketplace.catalog()));
    }
}
