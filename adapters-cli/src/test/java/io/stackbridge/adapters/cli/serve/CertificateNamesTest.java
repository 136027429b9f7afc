package io.stackbridge.adapters.cli.serve;

import io.vavr.collection.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The names --cert-san accepts: RFC 1123 DNS names and IP literals, comma-separated and repeatable. */
class CertificateNamesTest {

    @Test
    void reads_every_name_of_every_value_once_lower_case() {
        assertThat(CertificateNames.read(java.util.List.of("StackBridge.LAN, 10.0.0.5", "[::1],build-box", "stackbridge.lan")).get())
                .isEqualTo(List.of("stackbridge.lan", "10.0.0.5", "::1", "build-box"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-leading.example", "trailing-.example", "under_score", "two..dots", "dot.", "space in.name", "999.1.1.1",
            "1.2.3", "fe80::1%eth0", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.example", "*.wildcard.example", "ünïcode.example"})
    void refuses_what_is_neither_a_dns_name_nor_an_ip_literal(String bad) {
        assertThat(CertificateNames.read(java.util.List.of("ok.example," + bad)).getLeft()).isEqualTo(bad.strip());
    }
}
