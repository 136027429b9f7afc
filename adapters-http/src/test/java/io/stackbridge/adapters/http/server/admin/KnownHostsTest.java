package io.stackbridge.adapters.http.server.admin;

import io.stackbridge.adapters.http.server.EmulatorConfig;
import io.stackbridge.adapters.support.tls.CertificateSource;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which {@code Host} names an admin call over plain HTTP may carry: IP literals, loopback names, the listening host, the certificate's names. */
class KnownHostsTest {

    private static final KnownHosts HOSTS = new KnownHosts(EmulatorConfig.inStateDirectory(Path.of("state")).withHost("build-box.lan")
            .withCertificate(new CertificateSource.Generated(List.of("Emulator.Test.Internal", "192.0.2.10")), Path.of("state", "ca.pem")));

    @Test
    void a_host_header_s_name_is_read_without_its_port() {
        assertThat(KnownHosts.name("localhost:8080")).isEqualTo("localhost");
        assertThat(KnownHosts.name("[::1]:8080")).isEqualTo("[::1]");
        assertThat(KnownHosts.name(" rebind.attacker.example ")).isEqualTo("rebind.attacker.example");
    }

    @Test
    void ip_literals_loopback_names_the_listening_host_and_certificate_names_are_known() {
        for (String name : List.of("127.0.0.1", "10.1.2.3", "[::1]", "[fe80::1]", "localhost", "LOCALHOST", "localhost.", "emulator.test.internal",
                "build-box.lan")) {
            assertThat(HOSTS.known(name)).as(name).isTrue();
        }
    }

    @Test
    void any_other_name_is_unknown() {
        for (String name : List.of("rebind.attacker.example", "localhost.attacker.example", "", "[evil.example]", "127.0.0.1.nip.io")) {
            assertThat(HOSTS.known(name)).as(name).isFalse();
        }
    }
}
