package io.stackbridge.adapters.http.wire;

import java.net.URI;

/**
 * Where a product's files are said to be: under {@code /marketplace/packages/{product}/} on the
 * emulator that answered (icons, the gallery package, the image or extension), where the emulator
 * serves them (the package routes, {@code PackageFiles}).
 */
public record ProductBlobs(URI origin, String productName) {

    public String at(String file) {
        return origin.resolve("/marketplace/packages/" + productName + "/" + file).toString();
    }

    public String icon(String size) {
        return at("icons/" + size + ".png");
    }
}
