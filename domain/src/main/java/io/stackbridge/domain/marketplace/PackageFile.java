package io.stackbridge.domain.marketplace;

import java.util.Objects;

/**
 * One file of a product's simulated package, as the emulator serves it under
 * {@code /marketplace/packages/{product}/{path}}: its path below the product and its length in bytes.
 */
public record PackageFile(String path, long length) {

    public PackageFile {
        Objects.requireNonNull(path, "path");
        if (path.isBlank() || length < 0) {
            throw new IllegalArgumentException("a package file has a path and a length: " + path + ", " + length);
        }
    }
}
