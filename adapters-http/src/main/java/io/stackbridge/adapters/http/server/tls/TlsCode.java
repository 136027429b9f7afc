package io.stackbridge.adapters.http.server.tls;

import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;

import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import java.io.IOException;
import java.io.StringReader;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.cert.CertificateFactory;

/**
 * Loads the code the emulator's TLS set-up runs (the JDK's TLS provider and its cipher suites, the
 * PEM codec, RSA and X.509 factories) without setting anything up: a thread that runs it beside the
 * rest of a start takes that loading off the start's own path.
 */
public final class TlsCode {

    private TlsCode() {
    }

    public static void load() throws GeneralSecurityException, IOException {
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(new KeyManager[0], new TrustManager[0], null);
        context.createSSLEngine().getSupportedCipherSuites();
        KeyFactory.getInstance("RSA");
        CertificateFactory.getInstance("X.509");
        new JcaPEMKeyConverter();
        new JcaX509CertificateConverter();
        try (PEMParser parser = new PEMParser(new StringReader(""))) {
            parser.readObject();
        }
    }
}
