package io.stackbridge.adapters.http.server.tls;

import org.eclipse.jetty.util.ssl.SslContextFactory;

import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

/**
 * The emulator's TLS: its identity, a spare untrusted identity generated once the server listens, and the Jetty
 * SSL context factory whose key manager picks between them on each handshake.
 */
public final class TlsSetup {

    private final ServerIdentity identity;
    private final SslContextFactory.Server factory;
    private final SpareIdentity spare;

    private TlsSetup(ServerIdentity identity, SslContextFactory.Server factory, SpareIdentity spare) {
        this.identity = identity;
        this.factory = factory;
        this.spare = spare;
    }

    /** Starts making the spare untrusted identity on a thread of its own: once the server listens. */
    public void makeSpareAside() {
        spare.makeAside();
    }

    /** TLS presenting {@code identity}, or the intercepting {@code proxy}'s certificate whenever {@code untrustedNow} says so. */
    public static TlsSetup of(ServerIdentity identity, UntrustedHandshakes untrustedNow, InterceptingProxy proxy) throws GeneralSecurityException {
        SSLContext context = SSLContext.getInstance("TLS");
        // No trust managers: the server asks no client for a certificate, so the JDK's own trust store
        // (cacerts, some 150 certificates, read and parsed by the default trust manager) is not loaded.
        SpareIdentity spare = proxy.spare();
        context.init(new KeyManager[]{new SwitchingKeyManager(identity, proxy, untrustedNow)}, new TrustManager[0], new SecureRandom());
        SslContextFactory.Server factory = new NoResumptionWhileUntrusted(untrustedNow::inForce);
        factory.setSslContext(context);
        factory.setSniRequired(false);
        factory.setEndpointIdentificationAlgorithm(null);
        return new TlsSetup(identity, factory, spare);
    }

    public ServerIdentity identity() {
        return identity;
    }

    public SslContextFactory.Server factory() {
        return factory;
    }
}
