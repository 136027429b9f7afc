package io.stackbridge.adapters.cli.wiring;

import io.stackbridge.adapters.cli.emulator.AdminKeyChoice;
import io.stackbridge.adapters.support.access.AdminKey;
import io.stackbridge.adapters.cli.emulator.EmulatorSettings;
import io.stackbridge.adapters.http.server.AdminAccess;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The emulator's own URL and admin access, decided from the settings alone (all-addresses hosts are only read here, never bound). */
class EmulatorConfigsTest {

    @Test
    void on_all_addresses_the_self_url_is_the_loopback_address_of_the_same_family() {
        assertThat(EmulatorConfigs.url("0.0.0.0", 8443)).isEqualTo(URI.create("https://127.0.0.1:8443"));
        assertThat(EmulatorConfigs.url("::", 8443)).isEqualTo(URI.create("https://[::1]:8443"));
        assertThat(EmulatorConfigs.url("[::]", 8443)).isEqualTo(URI.create("https://[::1]:8443"));
        assertThat(EmulatorConfigs.url("http", "0.0.0.0", 8080)).isEqualTo(URI.create("http://127.0.0.1:8080"));
    }

    @Test
    void every_spelling_of_every_address_names_loopback_never_itself() {
        for (String ipv6 : new String[]{"::0", "0::0", "0:0:0:0:0:0:0:0", "[::0]"}) {
            assertThat(EmulatorConfigs.url(ipv6, 8443)).as(ipv6).isEqualTo(URI.create("https://[::1]:8443"));
        }
        for (String ipv4 : new String[]{"000.000.000.000", "::ffff:0.0.0.0", " 0.0.0.0 "}) {
            assertThat(EmulatorConfigs.url(ipv4, 8443)).as(ipv4).isEqualTo(URI.create("https://127.0.0.1:8443"));
        }
    }

    @Test
    void a_bracketed_or_padded_host_is_bracketed_once() {
        assertThat(EmulatorConfigs.url("[::1]", 8443)).isEqualTo(URI.create("https://[::1]:8443"));
        assertThat(EmulatorConfigs.url(" 127.0.0.1 ", 8443)).isEqualTo(URI.create("https://127.0.0.1:8443"));
    }

    @Test
    void settings_keep_the_host_in_one_normal_form() {
        assertThat(EmulatorSettings.inProcess(Path.of("state")).withHost("[::1]").host()).isEqualTo("::1");
        assertThat(EmulatorSettings.inProcess(Path.of("state")).withHost(" 127.0.0.1").host()).isEqualTo("127.0.0.1");
    }

    @Test
    void a_specific_address_is_its_own_url() {
        assertThat(EmulatorConfigs.url("127.0.0.1", 8443)).isEqualTo(URI.create("https://127.0.0.1:8443"));
        assertThat(EmulatorConfigs.url("192.168.1.10", 8443)).isEqualTo(URI.create("https://192.168.1.10:8443"));
        assertThat(EmulatorConfigs.url("::1", 8443)).isEqualTo(URI.create("https://[::1]:8443"));
        assertThat(EmulatorConfigs.url("build-box.lan", 8443)).isEqualTo(URI.create("https://build-box.lan:8443"));
    }

    @Test
    void the_servers_configuration_asks_for_the_settled_key_and_listens_where_the_settings_say() {
        EmulatorSettings settings = EmulatorSettings.inProcess(Path.of("state")).withHost("0.0.0.0")
                .withAdminKey(new AdminKeyChoice.Given(AdminKey.parse("a-key-of-the-users-own-0123").get(), "--admin-key"));

        var config = EmulatorConfigs.of(settings, 8443);

        assertThat(config.host()).isEqualTo("0.0.0.0");
        assertThat(config.adminAccess()).isInstanceOf(AdminAccess.KeyRequired.class);
        assertThat(EmulatorConfigs.of(EmulatorSettings.inProcess(Path.of("state")), 8443).adminAccess()).isInstanceOf(AdminAccess.Open.class);
    }
}
