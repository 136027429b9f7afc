package io.stackbridge.adapters.support.tls;

import java.nio.file.Path;

/**
 * Where the emulator writes the certificate of the TLS-inspecting proxy its UntrustedCertificate fault
 * stands for: beside the exported {@code ca.pem}. The operator's terminal trusts it as a workstation
 * behind such a proxy has the proxy's certificate installed; a stamp's bridge never reads it.
 */
public final class InterceptingProxyPem {

    public static final String FILE_NAME = "intercepting-proxy.pem";

    private InterceptingProxyPem() {
    }

    /** The proxy's PEM file in the directory of {@code caPem}. */
    public static Path beside(Path caPem) {
        return caPem.toAbsolutePath().resolveSibling(FILE_NAME);
    }
}
