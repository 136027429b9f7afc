package io.stackbridge.application.service.gallery;

import io.stackbridge.application.port.in.gallery.ShowMarketplaceProductUseCase;
import io.stackbridge.application.port.out.ActivationStorePort;
import io.stackbridge.application.port.out.MarketplacePort;
import io.stackbridge.application.port.out.ProductGalleryPort;
import io.stackbridge.application.port.out.StampStorePort;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.marketplace.DeviceConfiguration;
import io.vavr.control.Either;

/** Asks Azure whether a product fits the stamp (Products_GetProduct) and what it would download (Products_ListDetails). */
public final class ShowMarketplaceProductService implements ShowMarketplaceProductUseCase {

    private final StampStorePort stamps;
    private final ActivationStorePort activations;
    private final MarketplacePort marketplace;
    private final ProductGalleryPort gallery;

    public ShowMarketplaceProductService(StampStorePort stamps, ActivationStorePort activations, MarketplacePort marketplace,
                                         ProductGalleryPort gallery) {
        this.stamps = stamps;
        this.activations = activations;
        this.marketplace = marketplace;
        this.gallery = gallery;
    }

    @Override
    public Either<DomainError, Shown> show(String productName, DeviceConfiguration device) {
        return StampRegistration.of(stamps, activations).flatMap(key -> marketplace.check(key, productName, device)
                .flatMap(fit -> marketplace.details(key, fit.product().name())
                        .map(details -> new Shown(fit, details, gallery.item(fit.product().name()).isDefined()))));
    }
}
