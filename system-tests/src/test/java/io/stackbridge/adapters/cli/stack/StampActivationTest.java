package io.stackbridge.adapters.cli.stack;

import io.stackbridge.adapters.cli.ExitCodes;
import io.stackbridge.adapters.cli.support.CliRun;
import io.stackbridge.adapters.cli.support.WellKnown;
import io.stackbridge.junit.StackBridgeEmulator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code stamp activate} and {@code stamp deactivate}: a key from the registration applies, an altered or missing one does not. */
class StampActivationTest {

    @RegisterExtension
    static StackBridgeEmulator azure = StackBridgeEmulator.start();

    @TempDir
    Path data;

    private StampDirectory stamp;
    private String key;

    @BeforeEach
    void a_registered_stamp_deactivated_again() throws Exception {
        stamp = StampDirectory.of(data, azure).registered();
        String cloud = stamp.local("stamp", "properties").outLines().stream().filter(line -> line.startsWith("Cloud ID: "))
                .findFirst().orElseThrow().substring("Cloud ID: ".length());
        key = activationKey(cloud);
        assertThat(stamp.local("stamp", "deactivate").exitCode()).isZero();
    }

    @Test
    void a_key_from_a_file_is_verified_and_applied() throws Exception {
        Path file = Files.writeString(data.resolve("key.txt"), key + "\n");

        CliRun activated = stamp.remote("stamp", "activate", "--key", file.toString());

        assertThat(activated.exitCode()).as(activated.err()).isZero();
        assertThat(activated.out()).startsWith("Activation applied: stamp ");
        assertThat(stamp.local("stamp", "properties").outLines()).contains("Registration status: Registered");
    }

    @Test
    void a_key_on_standard_input_is_applied() {
        CliRun activated = stamp.remoteWithInput("  " + key + "\n", "stamp", "activate", "--key", "-");

        assertThat(activated.exitCode()).as(activated.err()).isZero();
    }

    @Test
    void an_altered_key_is_not_trusted_and_a_missing_file_is_a_usage_error() {
        String altered = key.substring(0, key.length() - 6) + (key.endsWith("AAAAAA") ? "BBBBBB" : "AAAAAA");

        CliRun refused = stamp.remoteWithInput(altered, "stamp", "activate", "--key", "-");
        CliRun missing = stamp.remote("stamp", "activate", "--key", data.resolve("none.txt").toString());

        assertThat(refused.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(refused.err()).startsWith("stackbridge: ActivationKeyNotTrusted: ");
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).startsWith("stackbridge: ActivationKeyUnreadable: ");
        assertThat(stamp.local("stamp", "properties").outLines()).contains("Registration status: Not registered");
    }

    @Test
    void deactivating_a_stamp_without_activation_is_not_ready() {
        CliRun again = stamp.local("stamp", "deactivate");

        assertThat(again.exitCode()).isEqualTo(ExitCodes.NOT_READY);
        assertThat(again.err()).startsWith("stackbridge: StampNotActivated: ");
    }

    /** The registration's activation key, fetched as the registration tooling fetches it. */
    private static String activationKey(String cloud) throws Exception {
        HttpClient client = HttpClient.newBuilder().sslContext(azure.sslContext()).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(azure.url() + WellKnown.registrationPath(cloud) + "/getactivationkey"
                        + WellKnown.API)).header("Authorization", "Bearer " + azure.token()).POST(HttpRequest.BodyPublishers.noBody()).build();
        HttpResponse<String> answer = client.send(request, HttpResponse.BodyHandlers.ofString());
        Matcher found = Pattern.compile("\"activationKey\"\\s*:\\s*\"([^\"]+)\"").matcher(answer.body());
        assertThat(found.find()).as(answer.body()).isTrue();
        return found.group(1);
    }
}
