package io.stackbridge.junit;

import io.stackbridge.adapters.support.tls.PemTrust;

import java.nio.file.Path;
import javax.net.ssl.SSLContext;

/** A TLS context that trusts exactly the certificates of one PEM file, leaving the JVM's trust store alone. */
public final class TrustedPem {

    private TrustedPem() {
    }

    public static SSLContext sslContext(Path pem) {
        return PemTrust.sslContext(pem);
    }
}
