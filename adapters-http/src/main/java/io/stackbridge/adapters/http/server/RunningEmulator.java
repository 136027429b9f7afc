package io.stackbridge.adapters.http.server;

import io.vavr.control.Option;

import java.net.URI;
import java.nio.file.Path;

/** Where a started emulator listens, and the PEM file of the certificate its clients should trust. */
public record RunningEmulator(int httpsPort, Option<Integer> httpPort, URI httpsUrl, Option<URI> httpUrl, Path caCertificate) {

    /** The base URL clients should use: HTTPS. */
    public URI url() {
        return httpsUrl;
    }
}
