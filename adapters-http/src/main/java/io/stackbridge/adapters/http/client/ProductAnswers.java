package io.stackbridge.adapters.http.client;

import io.stackbridge.adapters.http.wire.ExtendedProductResource;
import io.stackbridge.adapters.http.wire.ProductCompatibility;
import io.stackbridge.adapters.http.wire.ProductLogResource;
import io.stackbridge.adapters.http.wire.ProductResource;
import io.stackbridge.domain.marketplace.CompatibilityIssue;
import io.stackbridge.domain.marketplace.OfferedProduct;
import io.stackbridge.domain.marketplace.PackageSource;
import io.stackbridge.domain.marketplace.ProductDetails;
import io.stackbridge.domain.marketplace.ProductFit;
import io.stackbridge.domain.marketplace.ProductKind;
import io.stackbridge.domain.marketplace.ProductLog;
import io.stackbridge.domain.marketplace.ProductLogUpdate;
import io.stackbridge.domain.registration.RegistrationKey;
import io.vavr.collection.List;
import io.vavr.control.Option;
import io.vavr.control.Try;
import java.net.URI;
import java.time.Instant;
import java.util.Locale;

/** Reads the Products answers into what the stamp keeps of them; an answer missing what the stamp needs reads as none. */
final class ProductAnswers {

    private ProductAnswers() {
    }

    static Option<OfferedProduct> offered(ProductResource resource) {
        return Try.of(() -> {
            ProductResource.Properties p = resource.properties();
            String name = resource.name().substring(resource.name().lastIndexOf('/') + 1);
            return new OfferedProduct(name, ProductKind.parse("productKind", p.productKind()).get(), p.displayName(),
                    p.publisherDisplayName(), p.productProperties().version(), p.payloadLength());
        }).toOption();
    }

    static Option<ProductFit> fit(ProductResource resource) {
        return offered(resource).flatMap(product -> Option.of(resource.properties().compatibility()).flatMap(compatibility -> Try.of(() ->
                new ProductFit(product, List.ofAll(compatibility.issues() == null ? java.util.List.<String>of() : compatibility.issues())
                        .map(CompatibilityIssue::valueOf), description(compatibility))).toOption()));
    }

    static Option<ProductDetails> details(String product, ExtendedProductResource resource) {
        return Try.of(() -> {
            ExtendedProductResource.Properties p = resource.properties();
            List<String> uris = List.of(resource.galleryPackageBlobSasUri())
                    .appendAll(Option.of(p.osDiskImage()).map(ExtendedProductResource.OsDiskImage::sourceBlobSasUri))
                    .appendAll(p.dataDiskImages() == null ? List.empty()
                            : List.ofAll(p.dataDiskImages()).map(ExtendedProductResource.DataDiskImage::sourceBlobSasUri))
                    .appendAll(Option.of(p.sourceBlob()).map(ExtendedProductResource.Uri::uri));
            return new ProductDetails(product, ProductKind.parse("productKind", resource.productKind()).get(), p.version(),
                    uris.map(URI::create).map(uri -> new PackageSource(file(product, uri), uri)));
        }).toOption();
    }

    static Option<ProductLog> log(RegistrationKey key, ProductLogResource resource) {
        return Try.of(() -> new ProductLog(resource.id(), resource.productId(), key,
                new ProductLogUpdate(Option.of(resource.operation()), Option.of(resource.status()), Option.of(resource.error()),
                        Option.of(resource.details())),
                Instant.parse(resource.startDate()), Instant.parse(resource.endDate()))).toOption();
    }

    /** The file's path below the product in its address, or its last segment for an address of another shape. */
    static String file(String product, URI uri) {
        String path = uri.getPath();
        String marker = "/" + product.toLowerCase(Locale.ROOT) + "/";
        int at = path.toLowerCase(Locale.ROOT).indexOf(marker);
        return at >= 0 ? path.substring(at + marker.length()) : path.substring(path.lastIndexOf('/') + 1);
    }

    private static String description(ProductCompatibility compatibility) {
        return compatibility.description() == null ? "" : compatibility.description();
    }
}
