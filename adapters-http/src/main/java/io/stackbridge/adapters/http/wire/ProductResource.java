package io.stackbridge.adapters.http.wire;

import io.stackbridge.domain.arm.ResourceIds;
import io.stackbridge.domain.marketplace.Product;
import io.stackbridge.domain.marketplace.ProductKind;
import io.stackbridge.domain.marketplace.ProductListing;
import io.stackbridge.domain.registration.RegistrationKey;

/**
 * A {@code Microsoft.AzureStack/registrations/products} resource as the REST specification's
 * {@code Product} spells it; {@code compatibility} only in the answers that check it. Empty
 * descriptions and part numbers are left out, as in the specification's examples.
 */
public record ProductResource(String id, String name, String type, Properties properties) {

    /** The specification's {@code ProductNestedProperties}. */
    public record Properties(String displayName, String description, String publisherDisplayName, String publisherIdentifier,
                             String offer, String offerVersion, String sku, String billingPartNumber, String vmExtensionType,
                             String galleryItemIdentity, IconUris iconUris, long payloadLength, String productKind,
                             ProductProperties productProperties, ProductCompatibility compatibility) {
    }

    /** Links to the product's icons; extensions have no hero image. */
    public record IconUris(String large, String wide, String medium, String small, String hero) {
    }

    public record ProductProperties(String version) {
    }

    public static ProductResource from(RegistrationKey registration, Product product, ProductBlobs blobs, ProductCompatibility compatibility) {
        ProductListing l = product.listing();
        String hero = product.kind() == ProductKind.VIRTUAL_MACHINE_EXTENSION ? null : blobs.icon("Hero");
        IconUris icons = new IconUris(blobs.icon("Large"), blobs.icon("Wide"), blobs.icon("Medium"), blobs.icon("Small"), hero);
        return new ProductResource(ResourceIds.product(registration, product.name()), registration.name().value() + "/" + product.name(),
                ResourceIds.PRODUCTS_TYPE, new Properties(l.displayName(), blankless(l.description()), l.publisherDisplayName(),
                l.publisherIdentifier(), l.offer(), l.offerVersion(), l.sku(), blankless(l.billingPartNumber()),
                l.vmExtensionType().getOrNull(), l.galleryItemIdentity(), icons, l.payloadLength(), product.kind().wire(),
                new ProductProperties(l.version()), compatibility));
    }

    private static String blankless(String text) {
        return text.isBlank() ? null : text;
    }
}
