package io.stackbridge.application.service.gallery;

import io.stackbridge.application.port.in.gallery.BrowseMarketplaceUseCase;
import io.stackbridge.application.port.out.ActivationStorePort;
import io.stackbridge.application.port.out.MarketplacePort;
import io.stackbridge.application.port.out.ProductGalleryPort;
import io.stackbridge.application.port.out.StampStorePort;
import io.stackbridge.domain.error.DomainError;
import io.vavr.collection.List;
import io.vavr.control.Either;

/** Lists Azure's offer for the stamp's registration and marks what the local gallery holds. */
public final class BrowseMarketplaceService implements BrowseMarketplaceUseCase {

    private final StampStorePort stamps;
    private final ActivationStorePort activations;
    private final MarketplacePort marketplace;
    private final ProductGalleryPort gallery;

    public BrowseMarketplaceService(StampStorePort stamps, ActivationStorePort activations, MarketplacePort marketplace,
                                    ProductGalleryPort gallery) {
        this.stamps = stamps;
        this.activations = activations;
        this.marketplace = marketplace;
        this.gallery = gallery;
    }

    @Override
    public Either<DomainError, List<Offer>> browse() {
        return StampRegistration.of(stamps, activations).flatMap(marketplace::list).map(products -> products
                .map(product -> new Offer(product, gallery.item(product.name()).isDefined())));
    }
}
