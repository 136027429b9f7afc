package io.stackbridge.application.service.marketplace;

import io.stackbridge.domain.marketplace.Product;
import io.vavr.collection.List;

/** Lists show products by name, case ignored, so that pages are stable. */
final class ProductOrder {

    private ProductOrder() {
    }

    static List<Product> sorted(List<Product> products) {
        return products.sortBy(product -> product.name().toLowerCase(java.util.Locale.ROOT));
    }
}
