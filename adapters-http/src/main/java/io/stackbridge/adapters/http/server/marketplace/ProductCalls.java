package io.stackbridge.adapters.http.server.marketplace;

import io.stackbridge.adapters.http.server.pipeline.Call;
import io.stackbridge.adapters.http.wire.ProductBlobs;
import io.stackbridge.adapters.http.wire.ProductCompatibility;
import io.stackbridge.adapters.http.wire.ProductResource;
import io.stackbridge.domain.marketplace.CheckedProduct;
import io.stackbridge.domain.marketplace.Product;
import io.stackbridge.domain.registration.RegistrationKey;

import java.net.URI;

/** What the product routes read from a call: the product name of the path, and the emulator's own origin for file addresses. */
final class ProductCalls {

    private ProductCalls() {
    }

    static String product(Call call) {
        return call.path("product");
    }

    static ProductBlobs blobs(Call call, Product product) {
        return new ProductBlobs(URI.create(call.ctx().url()).resolve("/"), product.name());
    }

    static ProductResource render(Call call, RegistrationKey key, CheckedProduct checked) {
        return ProductResource.from(key, checked.product(), blobs(call, checked.product()),
                ProductCompatibility.from(checked.compatibility(), call.language()));
    }
}
