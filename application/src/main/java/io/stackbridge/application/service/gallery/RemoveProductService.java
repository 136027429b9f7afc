package io.stackbridge.application.service.gallery;

import io.stackbridge.application.port.in.gallery.RemoveProductUseCase;
import io.stackbridge.application.port.out.ProductGalleryPort;

/** Removes a product from the local gallery; Azure is not told (nothing was installed from it). */
public final class RemoveProductService implements RemoveProductUseCase {

    private final ProductGalleryPort gallery;

    public RemoveProductService(ProductGalleryPort gallery) {
        this.gallery = gallery;
    }

    @Override
    public boolean remove(String productName) {
        return gallery.remove(productName);
    }
}
