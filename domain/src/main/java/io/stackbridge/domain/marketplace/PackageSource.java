package io.stackbridge.domain.marketplace;

import java.net.URI;
import java.util.Objects;

/** One file of a product to download: the name the stamp keeps it under, and where Azure says it is. */
public record PackageSource(String file, URI uri) {

    public PackageSource {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(uri, "uri");
        if (file.isBlank() || file.contains("..")) {
            throw new IllegalArgumentException("not a file name to keep: " + file);
        }
    }
}
