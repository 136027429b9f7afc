package io.stackbridge.application.port.in.gallery;

import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.marketplace.DeviceConfiguration;
import io.stackbridge.domain.marketplace.ProductDetails;
import io.stackbridge.domain.marketplace.ProductFit;
import io.vavr.control.Either;

/** One product of the marketplace: whether it fits this stamp as {@code device} describes it, what downloading it pulls, and whether the gallery holds it. */
public interface ShowMarketplaceProductUseCase {

    record Shown(ProductFit fit, ProductDetails details, boolean downloaded) {
    }

    Either<DomainError, Shown> show(String productName, DeviceConfiguration device);
}
