package io.stackbridge.adapters.http.server.tls;

import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

/** Reads and writes certificates and private keys as PEM text, through BouncyCastle's PEM codec. */
public final class PemFiles {

    private PemFiles() {
    }

    public static String certificates(List<X509Certificate> certificates) {
        return write(certificates.toArray());
    }

    public static String privateKey(PrivateKey key) {
        return write(key);
    }

    public static void writeCertificates(Path file, List<X509Certificate> certificates) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, certificates(certificates), StandardCharsets.UTF_8);
    }

    public static List<X509Certificate> readCertificates(Path file) throws IOException, GeneralSecurityException {
        List<X509Certificate> found = new ArrayList<>();
        for (Object item : read(file)) {
            if (item instanceof X509CertificateHolder holder) {
                found.add(new JcaX509CertificateConverter().getCertificate(holder));
            }
        }
        if (found.isEmpty()) {
            throw new GeneralSecurityException("no certificate in " + file);
        }
        return found;
    }

    public static PrivateKey readPrivateKey(Path file) throws IOException, GeneralSecurityException {
        JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
        for (Object item : read(file)) {
            if (item instanceof PEMKeyPair pair) {
                return converter.getKeyPair(pair).getPrivate();
            }
            if (item instanceof PrivateKeyInfo info) {
                return converter.getPrivateKey(info);
            }
        }
        throw new GeneralSecurityException("no unencrypted private key in " + file);
    }

    private static List<Object> read(Path file) throws IOException {
        List<Object> items = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8); PEMParser parser = new PEMParser(reader)) {
            for (Object item = parser.readObject(); item != null; item = parser.readObject()) {
                items.add(item);
            }
        }
        return items;
    }

    private static String write(Object... items) {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            for (Object item : items) {
                writer.writeObject(item);
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return text.toString();
    }
}
