package io.stackbridge.adapters.http.server.support;

import io.stackbridge.adapters.http.server.tls.PemFiles;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

/** Self-signed RSA certificates for applications that sign in with a certificate, as a test makes them. */
public final class ClientCertificates {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A certificate, its key pair, and both as one PEM text (certificate, then PKCS#8 key), as azure-identity reads them. */
    public record Issued(X509Certificate certificate, KeyPair keys, String certificatePem, String pem) {

        /** The PEM text written to {@code file}. */
        public Path writtenTo(Path file) {
            try {
                return Files.writeString(file, pem);
            } catch (IOException failed) {
                throw new UncheckedIOException(failed);
            }
        }
    }

    private ClientCertificates() {
    }

    /** Valid from an hour ago for a year. */
    public static Issued valid(String commonName) {
        Instant now = Instant.now();
        return issue(commonName, now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(365)));
    }

    public static Issued issue(String commonName, Instant notBefore, Instant notAfter) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048, RANDOM);
            KeyPair keys = generator.generateKeyPair();
            X500Name subject = new X500Name("CN=" + commonName);
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(subject,
                    new BigInteger(64, RANDOM), Date.from(notBefore), Date.from(notAfter), subject, keys.getPublic())
                    .build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
            String certificatePem = PemFiles.certificates(List.of(certificate));
            String pkcs8 = "-----BEGIN PRIVATE KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(keys.getPrivate().getEncoded())
                    + "\n-----END PRIVATE KEY-----\n";
            return new Issued(certificate, keys, certificatePem, certificatePem + pkcs8);
        } catch (Exception failed) {
            throw new IllegalStateException("cannot make a client certificate", failed);
        }
    }
}
