package io.stackbridge.application.port.in.marketplace;

import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.marketplace.Product;
import io.stackbridge.domain.registration.RegistrationKey;
import io.vavr.collection.List;
import io.vavr.control.Either;

/**
 * The marketplace a registration is offered (Products_List): every product of the catalog, by name.
 * {@code ResourceNotFound} without the registration; {@code MarketplaceSyndicationDisabled} when its
 * token turned syndication off.
 */
public interface ListProductsUseCase {

    Either<DomainError, List<Product>> list(RegistrationKey registration);
}
