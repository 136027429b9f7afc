package io.stackbridge.adapters.cli.serve;

import io.stackbridge.adapters.cli.ExitCodes;
import io.stackbridge.adapters.cli.Program;
import io.stackbridge.adapters.cli.console.ConsoleOutput;
import io.stackbridge.adapters.cli.support.CaTrust;
import io.stackbridge.adapters.cli.wiring.EmulatorLauncher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code serve} in memory makes, once serving, the signing key of the next start in its state
 * directory, and a start signs with the key left there: each key signs for one start only.
 */
class ServeNextSigningKeyTest {

    private static final String STASH = "next-signing-key.jwk";
    private static final Pattern KEY_ID = Pattern.compile("\"kid\"\\s*:\\s*\"([^\"]+)\"");

    @TempDir
    Path state;

    @Test
    void each_start_signs_with_the_key_the_previous_one_left_and_leaves_a_new_one() throws IOException {
        String first = servedKeyId();
        String leftByFirst = keyIdIn(Files.readString(state.resolve(STASH), StandardCharsets.UTF_8));
        String second = servedKeyId();
        String leftBySecond = keyIdIn(Files.readString(state.resolve(STASH), StandardCharsets.UTF_8));

        assertThat(leftByFirst).isNotEqualTo(first);
        assertThat(second).as("the key the first start left").isEqualTo(leftByFirst);
        assertThat(leftBySecond).isNotIn(first, second);
        try (Stream<Path> files = Files.list(state)) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .containsExactlyInAnyOrder("ca.pem", "server-certificate.pem", "server-key.pem", STASH);
        }
    }

    /** Runs serve on the state directory and answers the ID of the key it published, once it has stopped. */
    private String servedKeyId() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ConsoleOutput console = new ConsoleOutput(new PrintWriter(out), new PrintWriter(err));
        AtomicReference<String> keyId = new AtomicReference<>();
        Lifetime lifetime = stop -> {
            try {
                keyId.set(keyIdIn(publishedKeys(out.toString().lines().findFirst().orElse(""))));
            } finally {
                stop.run();
            }
        };
        int code = new Program(console, Set.of(new ServeCommand(console, new EmulatorLauncher(), lifetime)))
                .run("serve", "--port", "0", "--state-dir", state.toString());
        assertThat(code).as(err.toString()).isEqualTo(ExitCodes.OK);
        return keyId.get();
    }

    private static String publishedKeys(String startupLine) {
        Matcher line = ServeCommandTest.STARTUP.matcher(startupLine);
        assertThat(line.matches()).as(startupLine).isTrue();
        try {
            HttpClient http = HttpClient.newBuilder().sslContext(CaTrust.sslContext(Path.of(line.group(3)))).build();
            return http.send(HttpRequest.newBuilder(URI.create(line.group(1) + "/_stackbridge/keys")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException | InterruptedException failed) {
            throw new AssertionError("the keys could not be read", failed);
        }
    }

    private static String keyIdIn(String json) {
        Matcher kid = KEY_ID.matcher(json);
        assertThat(kid.find()).as(json).isTrue();
        return kid.group(1);
    }
}
