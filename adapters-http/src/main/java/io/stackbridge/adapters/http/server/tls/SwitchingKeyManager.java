package io.stackbridge.adapters.http.server.tls;

import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedKeyManager;
import java.net.Socket;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Presents the emulator's own certificate, or, for each handshake during which {@code untrusted}
 * says so, a second self-signed certificate that is not in the exported PEM (the UntrustedCertificate fault).
 */
public final class SwitchingKeyManager extends X509ExtendedKeyManager {

    static final String TRUSTED = "stackbridge";
    static final String UNTRUSTED = "stackbridge-untrusted";

    private final ServerIdentity trusted;
    private final Supplier<ServerIdentity> untrusted;
    private final BooleanSupplier presentUntrusted;

    /** {@code untrusted} is asked for only when a handshake presents it. */
    public SwitchingKeyManager(ServerIdentity trusted, Supplier<ServerIdentity> untrusted, BooleanSupplier presentUntrusted) {
        this.trusted = trusted;
        this.untrusted = untrusted;
        this.presentUntrusted = presentUntrusted;
    }

    @Override
    public String chooseEngineServerAlias(String keyType, Principal[] issuers, SSLEngine engine) {
        return choose(keyType);
    }

    @Override
    public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
        return choose(keyType);
    }

    @Override
    public String[] getServerAliases(String keyType, Principal[] issuers) {
        return new String[]{TRUSTED, UNTRUSTED};
    }

    @Override
    public X509Certificate[] getCertificateChain(String alias) {
        return identity(alias).chain().toArray(new X509Certificate[0]);
    }

    @Override
    public PrivateKey getPrivateKey(String alias) {
        return identity(alias).privateKey();
    }

    @Override
    public String[] getClientAliases(String keyType, Principal[] issuers) {
        return new String[0];
    }

    @Override
    public String chooseClientAlias(String[] keyType, Principal[] issuers, Socket socket) {
        return null;
    }

    private String choose(String keyType) {
        if (!trusted.privateKey().getAlgorithm().equalsIgnoreCase(keyType)) {
            return null;
        }
        return presentUntrusted.getAsBoolean() ? UNTRUSTED : TRUSTED;
    }

    private ServerIdentity identity(String alias) {
        return UNTRUSTED.equals(alias) ? untrusted.get() : trusted;
    }
}
