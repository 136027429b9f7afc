package io.stackbridge.adapters.cli.junit;

import io.stackbridge.adapters.support.tls.PemTrust;

import javax.net.ssl.SSLContext;
import java.nio.file.Path;

/** A TLS context that trusts exactly the certificates of one PEM file, leaving the JVM's trust store alone. */
public final class TrustedPem {

    private TrustedPem() {
    }

    public static SSLContext sslContext(Path pem) {
        return PemTrust.sslContext(pem);
    }
}
