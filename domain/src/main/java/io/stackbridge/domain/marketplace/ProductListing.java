package io.stackbridge.domain.marketplace;

import io.vavr.control.Option;

import java.util.Objects;

/**
 * How the marketplace shows a product: the specification's {@code ProductNestedProperties} that
 * describe it (names, publisher, offer, SKU, gallery item, version and the size of its payload).
 * Offer, offer version and SKU are empty for extensions, as in the specification's examples.
 */
public record ProductListing(String displayName, String description, String publisherDisplayName, String publisherIdentifier,
                             String offer, String offerVersion, String sku, String billingPartNumber,
                             Option<String> vmExtensionType, String galleryItemIdentity, String version, long payloadLength) {

    public ProductListing {
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(publisherDisplayName, "publisherDisplayName");
        Objects.requireNonNull(publisherIdentifier, "publisherIdentifier");
        Objects.requireNonNull(offer, "offer");
        Objects.requireNonNull(offerVersion, "offerVersion");
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(billingPartNumber, "billingPartNumber");
        Objects.requireNonNull(vmExtensionType, "vmExtensionType");
        Objects.requireNonNull(galleryItemIdentity, "galleryItemIdentity");
        Objects.requireNonNull(version, "version");
        if (payloadLength < 0) {
            throw new IllegalArgumentException("payloadLength is negative");
        }
    }
}
