package io.stackbridge.adapters.support.tls;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Where the emulator's TLS certificate comes from: generated on first start, a PKCS12 store, or PEM
 * files. The CLI's options choose one; the HTTPS server loads it.
 */
public sealed interface CertificateSource {

    /** This source with its files named by absolute paths (a generated one has none). */
    CertificateSource absolute();

    /**
     * A self-signed certificate generated on first start and kept in the emulator's state directory for later starts,
     * naming {@code localhost}, {@code 127.0.0.1}, {@code ::1} and {@code names} (DNS names or IP literals); a kept
     * one naming anything else is made anew.
     */
    record Generated(List<String> names) implements CertificateSource {
        public Generated {
            names = List.copyOf(names);
        }

        /** A certificate for this machine's loopback names only. */
        public Generated() {
            this(List.of());
        }

        @Override
        public CertificateSource absolute() {
            return this;
        }
    }

    /** A PKCS12 store holding one private key and its certificate chain ({@code --cert FILE --cert-password P}). */
    record Pkcs12(Path file, char[] password) implements CertificateSource {
        public Pkcs12 {
            Objects.requireNonNull(file, "file");
            password = password == null ? new char[0] : password.clone();
        }

        @Override
        public CertificateSource absolute() {
            return new Pkcs12(file.toAbsolutePath(), password);
        }
    }

    /** A PEM certificate (chain) and a PEM private key, PKCS#8 or traditional RSA ({@code --cert cert.pem --key key.pem}). */
    record Pem(Path certificate, Path privateKey) implements CertificateSource {
        public Pem {
            Objects.requireNonNull(certificate, "certificate");
            Objects.requireNonNull(privateKey, "privateKey");
        }

        @Override
        public CertificateSource absolute() {
            return new Pem(certificate.toAbsolutePath(), privateKey.toAbsolutePath());
        }
    }
}
