package io.stackbridge.adapters.http.server.portal;

import java.util.Objects;

/** A support bundle as the page downloads it: its file name and the ZIP's bytes. */
public record SupportBundle(String fileName, byte[] zip) {

    public SupportBundle {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(zip, "zip");
    }
}
