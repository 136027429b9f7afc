package io.stackbridge.adapters.stamp.gallery;

import io.stackbridge.application.contract.ProductGalleryContract;
import io.stackbridge.application.port.out.ProductGalleryPort;

/** The gallery contract, met in memory. */
class InMemoryProductGalleryTest extends ProductGalleryContract {

    @Override
    protected ProductGalleryPort newGallery() {
        return new InMemoryProductGallery();
    }
}
