package io.stackbridge.application.service.gallery;

import io.stackbridge.domain.marketplace.DownloadOutcome;
import io.stackbridge.domain.marketplace.DownloadOutcome.DigestMismatch;
import io.stackbridge.domain.marketplace.DownloadOutcome.Downloaded;
import io.stackbridge.application.port.in.gallery.DownloadProductUseCase;
import io.stackbridge.domain.marketplace.DownloadStep;
import java.util.function.Consumer;
import io.stackbridge.application.port.out.ActivationStorePort;
import io.stackbridge.application.port.out.MarketplacePort;
import io.stackbridge.application.port.out.ProductGalleryPort;
import io.stackbridge.application.port.out.StampClockPort;
import io.stackbridge.application.port.out.StampStorePort;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.marketplace.DeviceConfiguration;
import io.stackbridge.domain.marketplace.GalleryItem;
import io.stackbridge.domain.marketplace.GalleryItem.GalleryFile;
import io.stackbridge.domain.marketplace.ProductDetails;
import io.stackbridge.domain.marketplace.ProductFit;
import io.stackbridge.domain.registration.RegistrationKey;
import io.vavr.collection.List;
import io.vavr.control.Either;

/**
 * Reads the product (Products_GetProduct, for its listing) and its details, pulls each file through
 * {@link PackagePull}, records the product in the gallery when every file matched its digest, and
 * reports the outcome to Azure as the stamp's marketplace management does (operation {@code Download},
 * status {@code Succeeded} or {@code Failed} with the code); a report Azure does not take changes nothing.
 */
public final class DownloadProductService implements DownloadProductUseCase {

    static final String OPERATION = "Download";

    private final StampStorePort stamps;
    private final ActivationStorePort activations;
    private final MarketplacePort marketplace;
    private final ProductGalleryPort gallery;
    private final StampClockPort clock;

    public DownloadProductService(StampStorePort stamps, ActivationStorePort activations, MarketplacePort marketplace,
                                  ProductGalleryPort gallery, StampClockPort clock) {
        this.stamps = stamps;
        this.activations = activations;
        this.marketplace = marketplace;
        this.gallery = gallery;
        this.clock = clock;
    }

    @Override
    public Either<DomainError, DownloadOutcome> download(String productName, Consumer<DownloadStep> progress) {
        return StampRegistration.of(stamps, activations).flatMap(key -> marketplace.check(key, productName, DeviceConfiguration.UNKNOWN)
                .flatMap(fit -> marketplace.details(key, fit.product().name())
                        .flatMap(details -> pullAll(key, fit, details, progress))));
    }

    private Either<DomainError, DownloadOutcome> pullAll(RegistrationKey key, ProductFit fit, ProductDetails details, Consumer<DownloadStep> progress) {
        PackagePull pull = new PackagePull(marketplace, gallery, details.name(), progress);
        List<GalleryFile> kept = List.empty();
        for (var source : details.files()) {
            Either<DomainError, Either<DigestMismatch, GalleryFile>> one = pull.file(source);
            if (one.isLeft()) {
                ProductLogs.report(marketplace, key, details.name(), OPERATION, ProductLogs.failed(one.getLeft().code().name()));
                return Either.left(one.getLeft());
            }
            if (one.get().isLeft()) {
                DigestMismatch mismatch = one.get().getLeft();
                ProductLogs.report(marketplace, key, details.name(), OPERATION, ProductLogs.failed("PackageDigestMismatch"));
                return Either.right(mismatch);
            }
            kept = kept.append(one.get().get());
        }
        GalleryItem item = new GalleryItem(details.name(), fit.product().displayName(), details.version(), kept, clock.now());
        gallery.complete(item);
        boolean logged = ProductLogs.report(marketplace, key, details.name(), OPERATION, ProductLogs.succeeded(item));
        return Either.right(new Downloaded(item, logged));
    }
}
