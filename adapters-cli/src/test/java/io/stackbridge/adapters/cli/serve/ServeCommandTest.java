package io.stackbridge.adapters.cli.serve;

import io.stackbridge.adapters.cli.ExitCodes;
import io.stackbridge.adapters.cli.support.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code stackbridge serve} in this JVM: the startup line, the stop line, and every way it refuses to start. */
class ServeCommandTest {

    /** The startup line, as the README and the end-to-end test read it. */
    static final Pattern STARTUP = Pattern.compile("StackBridge emulator on (https://127\\.0\\.0\\.1:(\\d+)) — CA certificate: (\\S+) — "
            + "token: curl --cacert (\\S+) -d grant_type=client_credentials -d client_id=aaaaaaaa-0003-4000-8000-000000000001 "
            + "-d client_secret=stackbridge-dev-secret -d scope=https://management\\.azure\\.com/\\.default "
            + "https://127\\.0\\.0\\.1:(\\d+)/aaaaaaaa-0001-4000-8000-000000000001/oauth2/v2\\.0/token");

    @TempDir
    Path state;

    @Test
    void prints_one_startup_line_then_a_stop_line_and_exits_0() {
        CliRun run = CliRun.of("serve", "--port", "0", "--state-dir", state.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.outLines()).hasSize(2);
        Matcher line = STARTUP.matcher(run.outLines().get(0));
        assertThat(line.matches()).as(run.outLines().get(0)).isTrue();
        assertThat(line.group(2)).isNotEqualTo("0").isEqualTo(line.group(5));
        assertThat(Path.of(line.group(3))).isEqualTo(state.resolve("ca.pem")).exists().isAbsolute();
        assertThat(line.group(4)).isEqualTo(line.group(3));
        assertThat(run.outLines().get(1)).isEqualTo("StackBridge emulator stopped.");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void names_the_plain_http_url_too_when_asked_for_one() {
        CliRun run = CliRun.of("serve", "--port", "0", "--http-port", "0", "--state-dir", state.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines().get(0)).matches("StackBridge emulator on https://127\\.0\\.0\\.1:\\d+ and http://127\\.0\\.0\\.1:\\d+ — .*");
    }

    @Test
    void a_taken_port_is_one_line_and_exit_code_1() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            CliRun run = CliRun.of("serve", "--port", String.valueOf(taken.getLocalPort()), "--state-dir", state.toString());

            assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILURE);
            assertThat(run.errLines()).containsExactly("stackbridge: port " + taken.getLocalPort()
                    + " on 127.0.0.1 is already taken by another program; stop that program or choose another port (--port 0 picks a free one).");
            assertThat(run.out()).isEmpty();
        }
    }

    @Test
    void a_bad_world_file_lists_every_problem_by_json_path_on_one_line() throws Exception {
        Path world = Files.writeString(state.resolve("bad.json"),
                "{\"subscriptions\":[{\"id\":\"not-a-guid\",\"offerType\":\"CSP\"}],\"principals\":{},\"colour\":\"blue\"}");

        CliRun run = CliRun.of("serve", "--port", "0", "--world", world.toString(), "--state-dir", state.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err()).startsWith("stackbridge: the world file " + world.toAbsolutePath() + " is not valid: ")
                .contains("subscriptions[0].id", "not-a-guid", "principals", "colour")
                .doesNotContain("Exception", "\tat ");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void a_missing_world_file_is_named() {
        Path missing = state.resolve("nowhere.json");

        CliRun run = CliRun.of("serve", "--port", "0", "--world", missing.toString(), "--state-dir", state.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.errLines()).containsExactly(
                "stackbridge: the file given with --world does not exist or cannot be read: " + missing.toAbsolutePath());
    }

    @Test
    void a_missing_certificate_file_is_named() {
        Path missing = state.resolve("server.p12");

        CliRun run = CliRun.of("serve", "--port", "0", "--cert", missing.toString(), "--state-dir", state.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.errLines()).containsExactly(
                "stackbridge: the file given with --cert does not exist or cannot be read: " + missing.toAbsolutePath());
    }

    @Test
    void a_key_without_a_certificate_is_a_usage_error() {
        CliRun run = CliRun.of("serve", "--key", "key.pem");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--key and --cert-password go with --cert", "Usage: stackbridge serve");
    }

    @Test
    void a_password_with_a_pem_pair_is_a_usage_error() {
        CliRun run = CliRun.of("serve", "--cert", "cert.pem", "--key", "key.pem", "--cert-password", "secret");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--cert-password is for a PKCS12 store");
    }

    @Test
    void a_port_out_of_range_is_a_usage_error() {
        CliRun run = CliRun.of("serve", "--port", "70000");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--port takes a port from 0 to 65535, and 70000 is not one.");
    }

    @Test
    void a_journal_size_out_of_range_is_a_usage_error() {
        CliRun zero = CliRun.of("serve", "--journal-size", "0");
        CliRun huge = CliRun.of("serve", "--journal-size", "1000001");
        CliRun notANumber = CliRun.of("serve", "--journal-size", "many");

        assertThat(zero.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(zero.err()).contains("--journal-size takes a whole number of journal entries from 1 to 1000000, and 0 is not one.");
        assertThat(huge.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(notANumber.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(notANumber.err()).contains("--journal-size", "many").doesNotContain("\tat ");
    }

    @Test
    void an_unknown_auth_mode_is_a_usage_error() {
        CliRun run = CliRun.of("serve", "--auth", "lenient");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--auth", "lenient").doesNotContain("\tat ");
    }
}
