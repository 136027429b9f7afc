package io.stackbridge.domain.marketplace;

import java.util.Objects;

/**
 * A product as the stamp sees Azure's marketplace list it (Products_List): its name, kind, how it is
 * shown, its version and the size of its payload as declared.
 */
public record OfferedProduct(String name, ProductKind kind, String displayName, String publisherDisplayName, String version,
                             long payloadLength) {

    public OfferedProduct {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(publisherDisplayName, "publisherDisplayName");
        Objects.requireNonNull(version, "version");
    }

    public static OfferedProduct of(Product product) {
        ProductListing listing = product.listing();
        return new OfferedProduct(product.name(), product.kind(), listing.displayName(), listing.publisherDisplayName(),
                listing.version(), listing.payloadLength());
    }
}
