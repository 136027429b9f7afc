package io.stackbridge.adapters.support.tls;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A TLS context that trusts exactly the certificates of one PEM file (the emulator's CA, say),
 * leaving the JVM's own trust store alone: the bridge's HTTP client and the test kit's clients use it.
 * A missing, unreadable or empty file is a configuration mistake and fails at once.
 */
public final class PemTrust {

    private PemTrust() {
    }

    public static SSLContext sslContext(Path pem) {
        try {
            return trusting(certificates(pem));
        } catch (GeneralSecurityException unusable) {
            throw new IllegalArgumentException("not a usable PEM certificate file: " + pem, unusable);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    /** Trusts the certificates of {@code pem} and, when that file exists, those of {@code alsoWhenPresent}. */
    public static SSLContext sslContext(Path pem, Path alsoWhenPresent) {
        if (!Files.isRegularFile(alsoWhenPresent)) {
            return sslContext(pem);
        }
        try {
            List<Certificate> all = new ArrayList<>(certificates(pem));
            all.addAll(certificates(alsoWhenPresent));
            return trusting(all);
        } catch (GeneralSecurityException unusable) {
            throw new IllegalArgumentException("not a usable PEM certificate file: " + pem + " or " + alsoWhenPresent, unusable);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    private static Collection<? extends Certificate> certificates(Path pem) throws GeneralSecurityException {
        try (InputStream in = Files.newInputStream(pem)) {
            Collection<? extends Certificate> certificates = CertificateFactory.getInstance("X.509").generateCertificates(in);
            if (certificates.isEmpty()) {
                throw new IllegalArgumentException("no certificate in " + pem);
            }
            return certificates;
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot read the trusted certificates " + pem, unreadable);
        }
    }

    /** A TLS context that trusts no certificate at all (a client every HTTPS server must fail). */
    public static SSLContext trustingNothing() {
        try {
            return trusting(List.of());
        } catch (IOException | GeneralSecurityException impossible) {
            throw new IllegalStateException("an empty trust store always builds", impossible);
        }
    }

    private static SSLContext trusting(Collection<? extends Certificate> certificates) throws IOException, GeneralSecurityException {
        KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
        trusted.load(null, null);
        int index = 0;
        for (Certificate certificate : certificates) {
            trusted.setCertificateEntry("trusted-" + index++, certificate);
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }
}
