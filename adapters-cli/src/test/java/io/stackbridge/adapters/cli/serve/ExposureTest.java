package io.stackbridge.adapters.cli.serve;

import io.stackbridge.adapters.support.access.AdminKey;
import io.stackbridge.adapters.cli.emulator.AdminKeyChoice;
import io.stackbridge.adapters.cli.emulator.AuthChoice;
import io.stackbridge.adapters.cli.emulator.EmulatorSettings;
import io.stackbridge.adapters.cli.emulator.StartFailure;
import io.stackbridge.adapters.support.tls.CertificateSource;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.nio.file.Path;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * serve's exposure decided by configuration alone (hosts such as 0.0.0.0 are only read, never bound):
 * the admin key asked for, weak auth refused beyond loopback, and the names of the generated certificate.
 */
class ExposureTest {

    private static final String KEY = "a-key-of-the-users-own-0123";
    private static final String ENV_KEY = "the-environments-key-456789";
    private static final Supplier<Option<String>> MACHINE = () -> Option.some("Build-Box");
    private static final Supplier<Option<String>> NO_MACHINE_NAME = Option::none;

    @Test
    void on_loopback_nothing_is_asked_unless_the_user_wants_a_key() {
        for (String host : new String[]{"127.0.0.1", "127.1.2.3", "::1", "[::1]", "localhost"}) {
            assertThat(decided(host, none()).settings().adminKey()).as(host).isInstanceOf(AdminKeyChoice.Open.class);
        }
        assertThat(decided("127.0.0.1", require()).settings().adminKey()).isInstanceOf(AdminKeyChoice.Generate.class);
        assertThat(decided("127.0.0.1", withOption(KEY)).settings().adminKey()).isEqualTo(given(KEY, "--admin-key"));
    }

    @Test
    void beyond_loopback_a_key_is_always_asked_the_given_one_else_a_generated_one() {
        for (String host : new String[]{"0.0.0.0", "::", "192.168.1.10", "build-box.example"}) {
            assertThat(decided(host, none()).settings().adminKey()).as(host).isInstanceOf(AdminKeyChoice.Generate.class);
        }
        assertThat(decided("0.0.0.0", withOption(KEY)).settings().adminKey()).isEqualTo(given(KEY, "--admin-key"));
    }

    @Test
    void the_option_wins_over_the_environment_which_wins_over_generating() {
        ExposureChoices both = new ExposureChoices(Option.some(KEY), Option.some(ENV_KEY), false, false, false, List.empty());
        ExposureChoices environment = ExposureChoices.none(Option.some(ENV_KEY));

        assertThat(decided("0.0.0.0", both).settings().adminKey()).isEqualTo(given(KEY, "--admin-key"));
        assertThat(decided("0.0.0.0", environment).settings().adminKey()).isEqualTo(given(ENV_KEY, "STACKBRIDGE_ADMIN_KEY"));
        assertThat(decided("127.0.0.1", environment).settings().adminKey()).isEqualTo(given(ENV_KEY, "STACKBRIDGE_ADMIN_KEY"));
        assertThat(decided("0.0.0.0", ExposureChoices.none(Option.some("  "))).settings().adminKey()).isInstanceOf(AdminKeyChoice.Generate.class);
    }

    @Test
    void a_bad_key_is_refused_naming_where_it_came_from_never_the_key() {
        Either<StartFailure, Exposure> option = decide("0.0.0.0", withOption("too short"));
        Either<StartFailure, Exposure> environment = decide("127.0.0.1", ExposureChoices.none(Option.some("with spaces in the key text")));

        assertThat(option.getLeft()).isEqualTo(new StartFailure.AdminKeyUnusable("--admin-key"));
        assertThat(environment.getLeft()).isEqualTo(new StartFailure.AdminKeyUnusable("STACKBRIDGE_ADMIN_KEY"));
        assertThat(option.getLeft().messageArguments().mkString()).doesNotContain("too short");
    }

    @Test
    void weak_auth_beyond_loopback_is_refused_unless_allowed() {
        for (AuthChoice weak : new AuthChoice[]{AuthChoice.OFF, AuthChoice.BASIC}) {
            assertThat(decide("0.0.0.0", weak, none()).getLeft()).isEqualTo(new StartFailure.WeakAuthBeyondLoopback("0.0.0.0", weak.name().toLowerCase()));
            assertThat(decide("192.168.1.10", weak, none()).getLeft()).isInstanceOf(StartFailure.WeakAuthBeyondLoopback.class);
            assertThat(decide("127.0.0.1", weak, none()).get().weakAuthAllowed()).isFalse();
            Exposure allowed = decide("0.0.0.0", weak, new ExposureChoices(Option.none(), Option.none(), false, true, false, List.empty())).get();
            assertThat(allowed.weakAuthAllowed()).isTrue();
        }
        assertThat(decide("0.0.0.0", AuthChoice.STRICT, none()).get().weakAuthAllowed()).isFalse();
    }

    @Test
    void the_certificate_names_the_given_names_then_the_machine_on_all_addresses() {
        ExposureChoices names = new ExposureChoices(Option.none(), Option.none(), false, false, false, List.of("stackbridge.lan", "10.0.0.5"));

        Exposure all = decided("0.0.0.0", names);

        assertThat(certificateNames(all)).containsExactly("stackbridge.lan", "10.0.0.5", "build-box");
        assertThat(all.reachedAs()).contains("stackbridge.lan");
        assertThat(decided("0.0.0.0", none()).reachedAs()).contains("build-box");
        assertThat(certificateNames(decided("192.168.1.10", names))).containsExactly("stackbridge.lan", "10.0.0.5", "192.168.1.10");
        assertThat(certificateNames(decided("Build-Box.example", none()))).containsExactly("build-box.example");
        assertThat(certificateNames(decided("127.0.0.1", none()))).containsExactly("127.0.0.1");
    }

    @Test
    void a_host_name_that_cannot_be_read_is_skipped_and_said() {
        Exposure all = Exposure.decide(settings("0.0.0.0", AuthChoice.STRICT), none(), ListenAddress.of("0.0.0.0", name -> List.empty()),
                NO_MACHINE_NAME).get();

        assertThat(all.hostNameUnknown()).isTrue();
        assertThat(certificateNames(all)).isEmpty();
        assertThat(all.reachedAs()).isEmpty();
    }

    @Test
    void a_given_certificate_keeps_its_own_names() {
        EmulatorSettings pem = settings("0.0.0.0", AuthChoice.STRICT).withCertificate(new CertificateSource.Pem(Path.of("c.pem"), Path.of("k.pem")));

        Exposure exposure = Exposure.decide(pem, none(), address("0.0.0.0"), MACHINE).get();

        assertThat(exposure.settings().certificate()).isEqualTo(pem.certificate());
    }

    private static java.util.List<String> certificateNames(Exposure exposure) {
        return ((CertificateSource.Generated) exposure.settings().certificate()).names();
    }

    private static Exposure decided(String host, ExposureChoices choices) {
        return decide(host, choices).get();
    }

    private static Either<StartFailure, Exposure> decide(String host, ExposureChoices choices) {
        return decide(host, AuthChoice.STRICT, choices);
    }

    private static Either<StartFailure, Exposure> decide(String host, AuthChoice auth, ExposureChoices choices) {
        return Exposure.decide(settings(host, auth), choices, address(host), MACHINE);
    }

    private static ListenAddress address(String host) {
        return ListenAddress.of(host, name -> name.equals("build-box.example") ? List.of(io.stackbridge.adapters.support.net.HostNames.literal("192.168.1.10").get())
                : List.<InetAddress>empty());
    }

    private static EmulatorSettings settings(String host, AuthChoice auth) {
        return EmulatorSettings.inProcess(Path.of("state")).withHost(host).withAuth(auth);
    }

    private static ExposureChoices none() {
        return ExposureChoices.none(Option.none());
    }

    private static ExposureChoices require() {
        return new ExposureChoices(Option.none(), Option.none(), true, false, false, List.empty());
    }

    private static ExposureChoices withOption(String key) {
        return new ExposureChoices(Option.some(key), Option.none(), false, false, false, List.empty());
    }

    private static AdminKeyChoice given(String key, String origin) {
        return new AdminKeyChoice.Given(AdminKey.parse(key).get(), origin);
    }
}
