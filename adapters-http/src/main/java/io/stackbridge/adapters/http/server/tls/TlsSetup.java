package io.stackbridge.adapters.http.server.tls;

import org.eclipse.jetty.util.ssl.SslContextFactory;

import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

/**
 * The emulator's TLS: its identity, a spare untrusted identity generated at start, and the Jetty
 * SSL context factory whose key manager picks between them on each handshake.
 */
public final class TlsSetup {

    private final ServerIdentity identity;
    private final SslContextFactory.Server factory;

    private TlsSetup(ServerIdentity identity, SslContextFactory.Server factory) {
        this.identity = identity;
        this.factory = factory;
    }

    /** TLS presenting {@code identity}, or a fresh untrusted certificate whenever {@code untrustedNow} says so. */
    public static TlsSetup of(ServerIdentity identity, UntrustedHandshakes untrustedNow) throws GeneralSecurityException {
        ServerIdentity untrusted = SelfSignedCertificates.generate("localhost");
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(new KeyManager[]{new SwitchingKeyManager(identity, untrusted, untrustedNow)}, null, new SecureRandom());
        SslContextFactory.Server factory = new NoResumptionWhileUntrusted(untrustedNow::inForce);
        factory.setSslContext(context);
        factory.setSniRequired(false);
        factory.setEndpointIdentificationAlgorithm(null);
        return new TlsSetup(identity, factory);
    }

    public ServerIdentity identity() {
        return identity;
    }

    public SslContextFactory.Server factory() {
        return factory;
    }
}
