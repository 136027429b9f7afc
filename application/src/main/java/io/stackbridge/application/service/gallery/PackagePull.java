package io.stackbridge.application.service.gallery;

import io.stackbridge.domain.marketplace.DownloadOutcome.DigestMismatch;
import io.stackbridge.domain.marketplace.DownloadStep;
import java.util.function.Consumer;
import io.stackbridge.application.port.out.MarketplacePort;
import io.stackbridge.application.port.out.ProductGalleryPort;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.marketplace.GalleryItem.GalleryFile;
import io.stackbridge.domain.marketplace.PackageReceipt;
import io.stackbridge.domain.marketplace.PackageSource;
import io.vavr.control.Either;

/**
 * Pulls one file of a product into the gallery from what an earlier attempt kept, then checks it:
 * kept bytes beyond the file's length (a file that changed) start it over once; a whole file whose
 * MD5 is not the service's is dropped, so that the next attempt starts it over.
 */
final class PackagePull {

    private final MarketplacePort marketplace;
    private final ProductGalleryPort gallery;
    private final String product;
    private final Consumer<DownloadStep> progress;

    PackagePull(MarketplacePort marketplace, ProductGalleryPort gallery, String product, Consumer<DownloadStep> progress) {
        this.marketplace = marketplace;
        this.gallery = gallery;
        this.product = product;
        this.progress = progress;
    }

    Either<DomainError, Either<DigestMismatch, GalleryFile>> file(PackageSource source) {
        Either<DomainError, PackageReceipt> receipt = pulled(source);
        if (receipt.isRight() && gallery.received(product, source.file()) > receipt.get().length()) {
            gallery.restart(product, source.file());
            receipt = pulled(source);
        }
        return receipt.map(whole -> checked(source.file(), whole));
    }

    private Either<DomainError, PackageReceipt> pulled(PackageSource source) {
        String file = source.file();
        long from = gallery.received(product, file);
        long[] state = {from, -1};
        return marketplace.download(source.uri(), from, new MarketplacePort.PackageSink() {
            @Override
            public void opened(long fileLength) {
                state[1] = fileLength;
                progress.accept(new DownloadStep(file, from, state[0], fileLength));
            }

            @Override
            public void received(byte[] bytes, int length) {
                gallery.append(product, file, bytes, length);
                state[0] += length;
                progress.accept(new DownloadStep(file, from, state[0], state[1]));
            }
        });
    }

    private Either<DigestMismatch, GalleryFile> checked(String file, PackageReceipt receipt) {
        String actual = gallery.md5(product, file);
        long length = gallery.received(product, file);
        if (actual.equals(receipt.md5()) && length == receipt.length()) {
            return Either.right(new GalleryFile(file, length, actual));
        }
        gallery.restart(product, file);
        return Either.left(new DigestMismatch(product, file, receipt.md5(), actual));
    }
}
