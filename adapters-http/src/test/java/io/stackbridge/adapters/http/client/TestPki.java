package io.stackbridge.adapters.http.client;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;

/** A throw-away certificate authority for TLS tests: its CA as a PEM file, and server key stores it signs. */
final class TestPki {

    static final String PASSWORD = "changeit";
    private static final AtomicLong SERIAL = new AtomicLong(System.nanoTime());

    private final KeyPair caKeys;
    private final X509Certificate ca;

    private TestPki(String name) throws GeneralSecurityException {
        caKeys = rsa();
        X500Name subject = new X500Name("CN=" + name);
        X509v3CertificateBuilder builder = builder(subject, subject, caKeys);
        ca = sign(builderWith(builder, Extension.basicConstraints, true, new BasicConstraints(0)), caKeys);
    }

    static TestPki create(String name) {
        try {
            return new TestPki(name);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the CA certificate as PEM into {@code directory}. */
    Path caPem(Path directory) throws IOException, GeneralSecurityException {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(ca.getEncoded());
        return Files.writeString(Files.createTempFile(directory, "ca-", ".pem"),
                "-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----\n");
    }

    /** A PKCS12 key store (password {@link #PASSWORD}) with a server certificate for the given DNS names and IP addresses. */
    Path serverKeyStore(Path directory, String... names) throws IOException, GeneralSecurityException {
        KeyPair keys = rsa();
        GeneralName[] alternatives = new GeneralName[names.length];
        for (int i = 0; i < names.length; i++) {
            int type = names[i].matches("[0-9.]+") ? GeneralName.iPAddress : GeneralName.dNSName;
            alternatives[i] = new GeneralName(type, names[i]);
        }
        X509v3CertificateBuilder builder = builder(new X500Name("CN=" + names[0]), new X500Name(ca.getSubjectX500Principal().getName()), keys);
        X509Certificate server = sign(builderWith(builder, Extension.subjectAlternativeName, false, new GeneralNames(alternatives)), caKeys);
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("server", keys.getPrivate(), PASSWORD.toCharArray(), new Certificate[] {server, ca});
        Path file = Files.createTempFile(directory, "server-", ".p12");
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, PASSWORD.toCharArray());
        }
        return file;
    }

    private static KeyPair rsa() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private static X509v3CertificateBuilder builder(X500Name subject, X500Name issuer, KeyPair keys) {
        Instant now = Instant.now();
        return new JcaX509v3CertificateBuilder(issuer, BigInteger.valueOf(SERIAL.incrementAndGet()),
                Date.from(now.minus(Duration.ofHours(1))), Date.from(now.plus(Duration.ofDays(2))), subject, keys.getPublic());
    }

    private static X509v3CertificateBuilder builderWith(X509v3CertificateBuilder builder, org.bouncycastle.asn1.ASN1ObjectIdentifier oid,
                                                        boolean critical, org.bouncycastle.asn1.ASN1Encodable value) {
        try {
            return builder.addExtension(oid, critical, value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, KeyPair issuerKeys) throws GeneralSecurityException {
        try {
            return new JcaX509CertificateConverter()
                    .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerKeys.getPrivate())));
        } catch (org.bouncycastle.operator.OperatorCreationException e) {
            throw new GeneralSecurityException(e);
        }
    }
}
