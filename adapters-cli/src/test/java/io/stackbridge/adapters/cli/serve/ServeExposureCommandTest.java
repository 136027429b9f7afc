package io.stackbridge.adapters.cli.serve;

import io.stackbridge.adapters.cli.ExitCodes;
import io.stackbridge.adapters.cli.support.CliRun;
import io.stackbridge.adapters.http.server.tls.PemFiles;
import io.stackbridge.adapters.http.server.tls.SubjectNames;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code serve}'s admin key, weak-auth refusal and certificate names as a user meets them, on 127.0.0.1 only: a
 * {@code --host 0.0.0.0} or a network address is decided as configured while the emulator binds loopback ({@link CliRun#bindingLoopbackOnly}). */
class ServeExposureCommandTest {

    private static final String KEY = "a-key-of-the-users-own-0123";
    private static final Pattern GENERATED = Pattern.compile("Admin key, shown only this once: (\\S+) — readable only by you, in (\\S+) — "
            + "portal: (https://[^/\\s]+:\\d+)/_stackbridge/portal/#key=(\\S+)");

    @TempDir
    Path state;

    @Test
    void require_admin_key_on_loopback_prints_a_generated_key_once_and_keeps_it_for_the_owner_only_while_serving() throws Exception {
        java.util.concurrent.atomic.AtomicReference<String> kept = new java.util.concurrent.atomic.AtomicReference<>();
        java.util.concurrent.atomic.AtomicReference<String> permissions = new java.util.concurrent.atomic.AtomicReference<>("rw-------");
        CliRun run = CliRun.with(stop -> {
            kept.set(read(state.resolve("admin-key")));
            if (state.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                permissions.set(posix(state.resolve("admin-key")));
            }
            stop.run();
        }, words("--require-admin-key"));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.outLines()).hasSize(3);
        Matcher line = GENERATED.matcher(run.outLines().get(1));
        assertThat(line.matches()).as(run.outLines().get(1)).isTrue();
        assertThat(line.group(4)).isEqualTo(line.group(1));
        assertThat(line.group(3)).startsWith("https://127.0.0.1:");
        assertThat(Path.of(line.group(2))).isEqualTo(state.resolve("admin-key"));
        assertThat(kept.get().strip()).isEqualTo(line.group(1));
        assertThat(permissions.get()).isEqualTo("rw-------");
        assertThat(state.resolve("admin-key")).as("a clean stop deletes its own key").doesNotExist();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException unreadable) {
            throw new java.io.UncheckedIOException(unreadable);
        }
    }

    private static String posix(Path file) {
        try {
            return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
        } catch (java.io.IOException unreadable) {
            throw new java.io.UncheckedIOException(unreadable);
        }
    }

    @Test
    void a_given_key_is_named_by_where_it_came_from_never_printed_and_a_stale_key_file_goes() throws Exception {
        Files.writeString(state.resolve("admin-key"), "an-earlier-generated-key-0000000");

        CliRun run = serve("--admin-key", KEY);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.outLines().get(1)).isEqualTo("The admin API and the portal ask for the admin key given with --admin-key (not shown here).");
        assertThat(run.out() + run.err()).doesNotContain(KEY);
        assertThat(state.resolve("admin-key")).doesNotExist();
    }

    @Test
    void a_key_that_breaks_the_rule_is_a_coded_usage_error_that_never_repeats_it() {
        CliRun run = serve("--admin-key", "short key");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("AdminKeyUnusable", "--admin-key").doesNotContain("short key");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void weak_auth_on_a_network_address_is_refused_before_anything_starts() {
        for (String host : new String[]{"0.0.0.0", "192.0.2.10"}) {
            CliRun run = CliRun.bindingLoopbackOnly(words("--host", host, "--auth", "off"));

            assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
            assertThat(run.errLines()).singleElement().asString().startsWith("stackbridge: WeakAuthBeyondLoopback: --auth off on " + host)
                    .contains("--allow-weak-auth");
            assertThat(run.out()).isEmpty();
        }
        assertThat(state.resolve("ca.pem")).doesNotExist();
    }

    @Test
    void bad_certificate_names_and_names_with_a_given_certificate_are_usage_errors() {
        CliRun bad = serve("--cert-san", "good.example,under_score");
        CliRun withCert = serve("--cert-san", "good.example", "--cert", "server.p12");

        assertThat(bad.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err()).contains("--cert-san takes DNS names", "“under_score”");
        assertThat(withCert.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(withCert.err()).contains("a certificate given with --cert already carries its own names");
    }

    @Test
    void the_generated_certificate_names_the_cert_san_names_and_is_made_anew_when_they_change() throws Exception {
        CliRun first = serve("--cert-san", "stackbridge.lan,10.0.0.5", "--cert-san", "[2001:db8::5]");
        String pem = Files.readString(state.resolve("ca.pem"));
        java.util.Set<String> named = SubjectNames.of(PemFiles.readCertificates(state.resolve("server-certificate.pem")).get(0));
        CliRun same = serve("--cert-san", "10.0.0.5,stackbridge.lan,2001:db8::5");
        CliRun fewer = serve();

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(named).isEqualTo(SubjectNames.wanted(java.util.List.of("stackbridge.lan", "10.0.0.5", "2001:db8::5")))
                .contains("localhost", "127.0.0.1", "0:0:0:0:0:0:0:1", "stackbridge.lan", "10.0.0.5", "2001:db8:0:0:0:0:0:5");
        assertThat(same.outLines()).hasSize(2);
        assertThat(fewer.outLines()).hasSize(3);
        assertThat(fewer.outLines().get(1)).isEqualTo("The kept certificate did not cover the names now asked for, so a new one was made: "
                + "clients that trusted the old one must trust the new " + state.resolve("ca.pem") + ".");
        assertThat(Files.readString(state.resolve("ca.pem"))).isNotEqualTo(pem);
    }

    @Test
    void serve_configured_for_all_addresses_names_a_loopback_url_asks_for_a_generated_key_and_names_the_machine() throws Exception {
        CliRun run = CliRun.bindingLoopbackOnly(Option.some("Build-Box.example"), words("--host", "0.0.0.0"));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.outLines().get(0)).startsWith("StackBridge emulator on https://127.0.0.1:");
        assertThat(run.outLines().get(1)).startsWith("Listening on every address of this machine (0.0.0.0)");
        Matcher line = GENERATED.matcher(run.outLines().get(2));
        assertThat(line.matches()).as(run.outLines().get(2)).isTrue();
        assertThat(line.group(3)).startsWith("https://build-box.example:");
        assertThat(SubjectNames.of(PemFiles.readCertificates(state.resolve("server-certificate.pem")).get(0))).contains("build-box.example");
    }

    @Test
    void on_all_addresses_a_machine_name_that_cannot_be_read_is_said_and_the_portal_link_stays_on_loopback() throws Exception {
        CliRun run = CliRun.bindingLoopbackOnly(Option.none(), words("--host", "0.0.0.0"));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.outLines()).contains("This machine’s host name could not be read, so the certificate does not name it; "
                + "add the names clients use with --cert-san.");
        Matcher line = GENERATED.matcher(run.outLines().get(2));
        assertThat(line.matches()).as(run.outLines().get(2)).isTrue();
        assertThat(line.group(3)).startsWith("https://127.0.0.1:");
        assertThat(SubjectNames.of(PemFiles.readCertificates(state.resolve("server-certificate.pem")).get(0)))
                .isEqualTo(SubjectNames.wanted(java.util.List.of()));
    }

    @Test
    void plain_http_beyond_loopback_is_refused_unless_allowed_then_a_warning_says_so() {
        CliRun refused = CliRun.bindingLoopbackOnly(words("--host", "0.0.0.0", "--http-port", "0"));
        CliRun allowed = CliRun.bindingLoopbackOnly(words("--host", "192.0.2.10", "--admin-key", KEY, "--http-port", "0", "--allow-plain-http"));
        CliRun loopback = serve("--http-port", "0");

        assertThat(refused.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(refused.errLines()).singleElement().asString().startsWith("stackbridge: PlainHttpBeyondLoopback: --http-port on 0.0.0.0")
                .contains("--allow-plain-http");
        assertThat(refused.out()).isEmpty();
        assertThat(allowed.exitCode()).as(allowed.err()).isZero();
        assertThat(allowed.out()).contains("Warning: plain HTTP on 192.0.2.10, port ");
        assertThat(loopback.exitCode()).as(loopback.err()).isZero();
        assertThat(loopback.out()).doesNotContain("Warning");
    }

    @Test
    void a_bracketed_or_padded_host_starts_and_a_bad_one_is_a_coded_failure_without_a_stack_trace() {
        CliRun bracketed = serve("--host", "[127.0.0.1]");
        CliRun padded = serve("--host", " 127.0.0.1");
        CliRun bad = serve("--host", "[[::1]]");
        CliRun spaced = serve("--host", "bad host");

        assertThat(bracketed.exitCode()).as(bracketed.err()).isZero();
        assertThat(bracketed.outLines().get(0)).startsWith("StackBridge emulator on https://127.0.0.1:");
        assertThat(padded.exitCode()).as(padded.err()).isZero();
        assertThat(padded.outLines().get(0)).startsWith("StackBridge emulator on https://127.0.0.1:");
        if (ipv6LoopbackBinds()) {
            CliRun ipv6 = serve("--host", "[::1]");
            assertThat(ipv6.exitCode()).as(ipv6.err()).isZero();
            assertThat(ipv6.outLines().get(0)).startsWith("StackBridge emulator on https://[::1]:");
        }
        for (CliRun run : new CliRun[]{bad, spaced}) {
            assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
            assertThat(run.errLines()).singleElement().asString().startsWith("stackbridge: HostUnusable: --host takes an IP address or a DNS name");
            assertThat(run.err()).doesNotContain("Exception", "\tat ");
        }
    }

    @Test
    void serve_configured_for_one_network_address_asks_for_a_key_and_puts_that_address_in_the_certificate() throws Exception {
        CliRun run = CliRun.bindingLoopbackOnly(words("--host", "192.0.2.10", "--admin-key", KEY));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("192.0.2.10", "--admin-key").doesNotContain(KEY);
        assertThat(SubjectNames.of(PemFiles.readCertificates(state.resolve("server-certificate.pem")).get(0))).contains("192.0.2.10");
    }

    private static boolean ipv6LoopbackBinds() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("::1"))) {
            return socket.getLocalPort() > 0;
        } catch (java.io.IOException unavailable) {
            return false;
        }
    }

    private CliRun serve(String... more) {
        return CliRun.of(words(more));
    }

    private String[] words(String... more) {
        java.util.List<String> words = new java.util.ArrayList<>(java.util.List.of("serve", "--port", "0", "--state-dir", state.toString()));
        words.addAll(java.util.List.of(more));
        return words.toArray(String[]::new);
    }
}
