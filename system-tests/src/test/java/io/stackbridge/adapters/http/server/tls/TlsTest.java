package io.stackbridge.adapters.http.server.tls;

import io.stackbridge.adapters.http.server.support.EmulatorTestBase;
import io.stackbridge.adapters.http.server.support.Http;
import io.stackbridge.adapters.http.server.support.PemTrust;
import org.junit.jupiter.api.Test;

import javax.net.ssl.SSLHandshakeException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TlsTest extends EmulatorTestBase {

    @Test
    void a_client_trusting_only_the_exported_pem_reaches_the_emulator() {
        assertThat(emulator.anonymous.get("/_stackbridge/health").status()).isEqualTo(200);
    }

    @Test
    void the_certificate_names_localhost_and_127_0_0_1() throws Exception {
        X509Certificate certificate;
        try (InputStream in = Files.newInputStream(emulator.running.caCertificate())) {
            certificate = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
        assertThat(certificate.getSubjectAlternativeNames())
                .contains(List.of(2, "localhost"), List.of(7, "127.0.0.1"));
        assertThat(certificate.getSigAlgName()).isEqualTo("SHA256withRSA");
        assertThat(certificate.getBasicConstraints()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void localhost_is_served_too() {
        Http byName = new Http(URI.create("https://localhost:" + emulator.running.httpsPort()),
                PemTrust.of(emulator.running.caCertificate()), null);
        assertThat(byName.get("/_stackbridge/health").status()).isEqualTo(200);
    }

    @Test
    void a_client_without_the_pem_fails_the_handshake() {
        Http stranger = new Http(emulator.running.httpsUrl(), PemTrust.nothing(), null);
        assertThatThrownBy(() -> stranger.get("/_stackbridge/health")).hasCauseInstanceOf(SSLHandshakeException.class);
    }

    @Test
    void a_second_start_in_the_same_folder_keeps_the_certificate() throws Exception {
        String before = Files.readString(emulator.running.caCertificate());
        try (var again = io.stackbridge.adapters.http.server.support.TestEmulator.start(directory)) {
            assertThat(Files.readString(again.running.caCertificate())).isEqualTo(before);
            assertThat(again.running.httpsPort()).isNotEqualTo(emulator.running.httpsPort());
        }
    }
}
