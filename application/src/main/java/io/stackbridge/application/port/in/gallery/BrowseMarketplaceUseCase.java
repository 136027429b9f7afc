package io.stackbridge.application.port.in.gallery;

import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.marketplace.OfferedProduct;
import io.vavr.collection.List;
import io.vavr.control.Either;

/**
 * What Azure's marketplace offers the stamp's registration, each product marked when the local
 * gallery holds it. {@code StampNotActivated} before registration; {@code MarketplaceSyndicationDisabled}
 * when the registration's token turned syndication off.
 */
public interface BrowseMarketplaceUseCase {

    record Offer(OfferedProduct product, boolean downloaded) {
    }

    Either<DomainError, List<Offer>> browse();
}
