package io.stackbridge.adapters.http.server.portal;

import java.io.InputStream;
import java.util.Objects;

/**
 * A support bundle as the page downloads it: its file name and the ZIP, read as it is sent (its
 * bytes are never held whole); closing the stream lets go of whatever held the ZIP.
 */
public record SupportBundle(String fileName, InputStream zip) {

    public SupportBundle {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(zip, "zip");
    }
}
