package io.stackbridge.adapters.support.tls;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The trusted PEM file is checked at once: a mistake in it fails before any connection is tried. */
class PemTrustTest {

    @TempDir
    Path dir;

    @Test
    void a_missing_file_cannot_be_read() {
        assertThatThrownBy(() -> PemTrust.sslContext(dir.resolve("absent.pem")))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("absent.pem");
    }

    @Test
    void a_file_without_a_certificate_is_refused() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.pem"), "");

        assertThatThrownBy(() -> PemTrust.sslContext(empty)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_file_that_is_not_pem_is_refused() throws Exception {
        Path garbage = Files.writeString(dir.resolve("garbage.pem"), "-----BEGIN CERTIFICATE-----\nnot base64!\n-----END CERTIFICATE-----\n");

        assertThatThrownBy(() -> PemTrust.sslContext(garbage)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("garbage.pem");
    }
}
