package io.stackbridge.adapters.http.server.tls;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

/** A private key and the certificate chain that goes with it (leaf first). */
public record ServerIdentity(PrivateKey privateKey, List<X509Certificate> chain) {

    public ServerIdentity {
        Objects.requireNonNull(privateKey, "privateKey");
        chain = List.copyOf(chain);
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("a server identity has at least one certificate");
        }
    }

    public X509Certificate leaf() {
        return chain.get(0);
    }

    /** The last certificate of the chain: what clients must trust. */
    public X509Certificate root() {
        return chain.get(chain.size() - 1);
    }
}
