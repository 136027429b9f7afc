package io.stackbridge.adapters.support.net;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Host names and IP literals read in one place, without any lookup. */
class HostNamesTest {

    @Test
    void a_host_is_kept_stripped_and_without_brackets() {
        assertThat(HostNames.normal(" 127.0.0.1")).isEqualTo("127.0.0.1");
        assertThat(HostNames.normal("[::1]")).isEqualTo("::1");
        assertThat(HostNames.normal(" [ ::1 ] ")).isEqualTo("::1");
        assertThat(HostNames.normal("Build-Box.lan")).isEqualTo("Build-Box.lan");
        assertThat(HostNames.normal("[[::1]]")).isEqualTo("[[::1]]");
        assertThat(HostNames.normal(HostNames.normal(" [::1] "))).isEqualTo("::1");
    }

    @Test
    void only_a_bare_ipv6_literal_gets_brackets_in_a_url() {
        assertThat(HostNames.inUrl("::1")).isEqualTo("[::1]");
        assertThat(HostNames.inUrl("[::1]")).isEqualTo("[::1]");
        assertThat(HostNames.inUrl("127.0.0.1")).isEqualTo("127.0.0.1");
        assertThat(HostNames.inUrl("build-box.lan")).isEqualTo("build-box.lan");
    }

    @ParameterizedTest
    @CsvSource({"0.0.0.0, 127.0.0.1", "000.000.000.000, 127.0.0.1", "'::ffff:0.0.0.0', 127.0.0.1", "'::', ::1", "'::0', ::1",
            "'0::0', ::1", "'[::]', ::1", "'0:0:0:0:0:0:0:0', ::1", "127.0.0.1, 127.0.0.1", "'::1', ::1", "10.0.0.5, 10.0.0.5",
            "build-box.lan, build-box.lan"})
    void every_address_in_any_spelling_names_loopback_of_its_family(String host, String self) {
        assertThat(HostNames.selfHost(host)).isEqualTo(self);
    }

    @Test
    void literals_names_and_neither() {
        assertThat(HostNames.literal("[2001:db8::5]")).isNotEmpty();
        assertThat(HostNames.literal("999.1.1.1")).isEmpty();
        assertThat(HostNames.literal("build-box.lan")).isEmpty();
        assertThat(HostNames.isIpLiteral("fe80::1%eth0")).isFalse();
        assertThat(HostNames.isDnsName("build-box.lan")).isTrue();
        assertThat(HostNames.isDnsName("under_score")).isFalse();
        assertThat(HostNames.isDnsName("10.0.0")).isFalse();
        assertThat(HostNames.isHost("[::1]")).isTrue();
        assertThat(HostNames.isHost("[[::1]]")).isFalse();
        assertThat(HostNames.isHost("bad host")).isFalse();
        assertThat(HostNames.comparable("[2001:DB8::5]")).isEqualTo("2001:db8:0:0:0:0:0:5");
        assertThat(HostNames.comparable("Build-Box.LAN")).isEqualTo("build-box.lan");
    }

    @Test
    void a_text_that_only_looks_like_ipv6_is_no_literal_and_never_looked_up() {
        for (String text : java.util.List.of("..:1", ".:1", "%:1", "[..:1]")) {
            org.assertj.core.api.Assertions.assertThat(HostNames.literal(text).isDefined()).as(text).isFalse();
        }
        org.assertj.core.api.Assertions.assertThat(HostNames.literal("::1").isDefined()).isTrue();
        org.assertj.core.api.Assertions.assertThat(HostNames.literal("fe80::1").isDefined()).isTrue();
    }
}
