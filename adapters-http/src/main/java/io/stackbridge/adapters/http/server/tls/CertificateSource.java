package io.stackbridge.adapters.http.server.tls;

import java.nio.file.Path;
import java.util.Objects;

/** Where the emulator's TLS certificate comes from: generated on first start, a PKCS12 store, or PEM files. */
public sealed interface CertificateSource {

    /** A self-signed certificate generated on first start and kept in {@code directory} for later starts. */
    record Generated(Path directory) implements CertificateSource {
        public Generated {
            Objects.requireNonNull(directory, "directory");
        }
    }

    /** A PKCS12 store holding one private key and its certificate chain. */
    record Pkcs12(Path file, char[] password) implements CertificateSource {
        public Pkcs12 {
            Objects.requireNonNull(file, "file");
            password = password == null ? new char[0] : password.clone();
        }
    }

    /** A PEM certificate (chain) and a PEM private key (PKCS#8 or traditional RSA). */
    record Pem(Path certificate, Path privateKey) implements CertificateSource {
        public Pem {
            Objects.requireNonNull(certificate, "certificate");
            Objects.requireNonNull(privateKey, "privateKey");
        }
    }
}
