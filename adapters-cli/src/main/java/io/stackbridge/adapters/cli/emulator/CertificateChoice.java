package io.stackbridge.adapters.cli.emulator;

import java.nio.file.Path;
import java.util.Objects;

/** Where the emulator's TLS certificate comes from: generated and kept in the state directory, a PKCS12 store, or a PEM pair. */
public sealed interface CertificateChoice {

    /** Generated on first start in the state directory and reused by later starts. */
    record Generated() implements CertificateChoice {
    }

    /** A PKCS12 store with one private key and its chain ({@code --cert FILE --cert-password P}). */
    record Pkcs12(Path file, char[] password) implements CertificateChoice {
        public Pkcs12 {
            Objects.requireNonNull(file, "file");
            password = password == null ? new char[0] : password.clone();
        }
    }

    /** A PEM certificate (chain) and its PEM private key ({@code --cert cert.pem --key key.pem}). */
    record Pem(Path certificate, Path privateKey) implements CertificateChoice {
        public Pem {
            Objects.requireNonNull(certificate, "certificate");
            Objects.requireNonNull(privateKey, "privateKey");
        }
    }
}
