package io.stackbridge.application.service.marketplace;

import io.stackbridge.application.port.out.RegistrationStorePort;
import io.stackbridge.application.port.out.WorldPort;
import io.stackbridge.application.service.ArmChecks;
import io.stackbridge.domain.arm.ResourceIds;
import io.stackbridge.domain.error.ArmError.ResourceNotFound;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.error.RegistrationError.MarketplaceSyndicationDisabled;
import io.stackbridge.domain.marketplace.Product;
import io.stackbridge.domain.registration.Registration;
import io.stackbridge.domain.registration.RegistrationKey;
import io.vavr.collection.List;
import io.vavr.control.Either;

/**
 * The checks every marketplace operation starts with, in order: the registration exists
 * ({@code ResourceNotFound}), its token turned syndication on ({@code MarketplaceSyndicationDisabled}),
 * and, for one product, the catalog of the world holds it ({@code ResourceNotFound} naming the product).
 */
final class OpenMarketplace {

    private final RegistrationStorePort registrations;
    private final WorldPort world;

    OpenMarketplace(RegistrationStorePort registrations, WorldPort world) {
        this.registrations = registrations;
        this.world = world;
    }

    Either<DomainError, Registration> registration(RegistrationKey key) {
        return ArmChecks.registration(registrations, key).flatMap(registration -> registration.token().marketplaceSyndicationEnabled()
                ? Either.right(registration)
                : Either.left(new MarketplaceSyndicationDisabled(key.name(), registration.cloudId())));
    }

    List<Product> catalog() {
        return world.current().products();
    }

    Either<DomainError, Product> product(RegistrationKey key, String productName) {
        return catalog().find(product -> product.named(productName))
                .toEither(() -> new ResourceNotFound(ResourceIds.product(key, productName)));
    }
}
