package io.stackbridge.domain.marketplace;

import io.vavr.collection.List;
import java.util.Objects;

/** What a stamp needs to download a product (Products_ListDetails): its kind, version and files, gallery package first. */
public record ProductDetails(String name, ProductKind kind, String version, List<PackageSource> files) {

    public ProductDetails {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(files, "files");
    }
}
