package io.stackbridge.adapters.cli.serve;

import io.stackbridge.adapters.cli.ExitCodes;
import io.stackbridge.adapters.cli.support.CliRun;
import io.stackbridge.adapters.http.server.tls.PemFiles;
import io.stackbridge.adapters.http.server.tls.SubjectNames;
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
    private static final Pattern GENERATED = Pattern.compile("Admin key, shown only this once: (\\S+) — kept for you alone in (\\S+) — "
            + "portal: (https://127\\.0\\.0\\.1:\\d+)/_stackbridge/portal/#key=(\\S+)");

    @TempDir
    Path state;

    @Test
    void require_admin_key_on_loopback_prints_a_generated_key_once_and_keeps_it_for_the_owner_only() throws Exception {
        CliRun run = serve("--require-admin-key");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.outLines()).hasSize(3);
        Matcher line = GENERATED.matcher(run.outLines().get(1));
        assertThat(line.matches()).as(run.outLines().get(1)).isTrue();
        assertThat(line.group(4)).isEqualTo(line.group(1));
        assertThat(Path.of(line.group(2))).isEqualTo(state.resolve("admin-key"));
        assertThat(Files.readString(state.resolve("admin-key")).strip()).isEqualTo(line.group(1));
        if (state.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(state.resolve("admin-key")))).isEqualTo("rw-------");
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
            CliRun run = serve("--host", host, "--auth", "off");

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
        assertThat(fewer.outLines().get(1)).isEqualTo("The kept certificate named other hosts, so a new one was made for the names asked for "
                + "now: clients that trusted the old one must trust the new " + state.resolve("ca.pem") + ".");
        assertThat(Files.readString(state.resolve("ca.pem"))).isNotEqualTo(pem);
    }

    @Test
    void serve_configured_for_all_addresses_names_a_loopback_url_asks_for_a_generated_key_and_names_the_machine() throws Exception {
        CliRun run = CliRun.bindingLoopbackOnly(words("--host", "0.0.0.0"));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.outLines().get(0)).startsWith("StackBridge emulator on https://127.0.0.1:");
        assertThat(run.outLines().get(1)).startsWith("Listening on every address of this machine (0.0.0.0)");
        assertThat(run.outLines().get(2)).matches(GENERATED);
        String machine = java.net.InetAddress.getLocalHost().getHostName();
        if (CertificateNames.isDnsName(machine)) {
            assertThat(SubjectNames.of(PemFiles.readCertificates(state.resolve("server-certificate.pem")).get(0)))
                    .contains(machine.toLowerCase(java.util.Locale.ROOT));
        }
    }

    @Test
    void serve_configured_for_one_network_address_asks_for_a_key_and_puts_that_address_in_the_certificate() throws Exception {
        CliRun run = CliRun.bindingLoopbackOnly(words("--host", "192.0.2.10", "--admin-key", KEY));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("192.0.2.10", "--admin-key").doesNotContain(KEY);
        assertThat(SubjectNames.of(PemFiles.readCertificates(state.resolve("server-certificate.pem")).get(0))).contains("192.0.2.10");
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
