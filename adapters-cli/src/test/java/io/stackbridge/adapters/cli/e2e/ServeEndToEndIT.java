package io.stackbridge.adapters.cli.e2e;

import io.stackbridge.adapters.cli.support.CaTrust;
import io.stackbridge.adapters.cli.support.WellKnown;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The emulator as a separate JVM, started as the README says ({@code ./stackbridge serve}) from the
 * repository root, driven over HTTPS trusting only the PEM it printed, and stopped with SIGTERM.
 * Runs after {@code package}, so the launcher finds a fresh jar and must not rebuild it.
 */
class ServeEndToEndIT {

    /** Generous: a cold JVM on a two-core CI machine, generating an RSA certificate. */
    private static final Duration STARTUP = Duration.ofSeconds(120);
    private static final Duration SHUTDOWN = Duration.ofSeconds(60);
    /** The startup line; the separators are em dashes, shown as '?' on a console without UTF-8. */
    private static final Pattern STARTED = Pattern.compile(
            "StackBridge emulator on (https://127\\.0\\.0\\.1:\\d+) . CA certificate: (\\S+) . token: curl --cacert \\S+ (.*) (\\S+/oauth2/v2\\.0/token)");

    @TempDir
    Path state;

    @Test
    void serves_tokens_registrations_errors_and_health_then_stops_cleanly_on_sigterm() throws Exception {
        try (Launched serve = Launched.start("serve", "--port", "0", "--state-dir", state.toString())) {
            Matcher started = serve.awaitLine(STARTED, STARTUP);
            URI url = URI.create(started.group(1));
            Path ca = Path.of(started.group(2));
            HttpClient http = HttpClient.newBuilder().sslContext(CaTrust.sslContext(ca)).connectTimeout(Duration.ofSeconds(30)).build();

            String token = token(http, URI.create(started.group(4)), started.group(3));
            String cloud = WellKnown.newCloudId();
            String registration = WellKnown.registrationPath(cloud);
            HttpResponse<String> created = send(http, put(url, registration + WellKnown.API, token, WellKnown.registrationBody(cloud)));
            HttpResponse<String> refused = send(http, put(url,
                    registration + "/customerSubscriptions/" + WellKnown.CONTOSO_SUBSCRIPTION + WellKnown.API, token, "{}"));
            HttpResponse<String> health = send(http, HttpRequest.newBuilder(url.resolve("/_stackbridge/health")).GET());

            assertThat(ca).isEqualTo(state.resolve("ca.pem")).exists();
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            assertThat(created.body()).contains("\"cloudId\":\"" + cloud + "\"");
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.body()).contains("\"code\":\"UnauthorizedCspRegistration\"");
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\":\"ok\"", "\"https\":\"" + url + "\"");

            int exit = serve.terminate(SHUTDOWN);

            assertThat(exit).as("SIGTERM is a normal end: exit code 0; " + serve.transcript()).isZero();
            assertThat(serve.out()).hasSize(2).last().isEqualTo("StackBridge emulator stopped.");
            assertThat(serve.err()).as("the launcher rebuilt a jar that package had just made, or the emulator logged")
                    .isEmpty();
        }
    }

    @Test
    void a_bad_world_file_ends_with_exit_code_2_and_one_line_without_a_stack_trace() throws Exception {
        Path world = Files.writeString(state.resolve("bad.json"), "{\"subscriptions\":[{\"id\":\"nope\"}],\"principals\":42}");

        try (Launched serve = Launched.start("serve", "--port", "0", "--world", world.toString(), "--state-dir", state.toString())) {
            int exit = serve.awaitExit(STARTUP);

            assertThat(exit).isEqualTo(2);
            assertThat(serve.err()).hasSize(1);
            assertThat(serve.err().get(0)).startsWith("stackbridge: the world file " + world + " is not valid: ")
                    .contains("subscriptions[0].id", "principals").doesNotContain("Exception", "\tat ");
            assertThat(serve.out()).isEmpty();
        }
    }

    /** The client-credentials grant the startup line shows, sent as curl would send it. */
    private static String token(HttpClient http, URI tokenUrl, String curlOptions) throws Exception {
        Map<String, String> form = Pattern.compile("-d (\\S+)=(\\S+)").matcher(curlOptions).results()
                .collect(Collectors.toMap(field -> field.group(1), field -> field.group(2)));
        assertThat(form).containsKeys("grant_type", "client_id", "client_secret", "scope");
        String body = form.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> answer = send(http, HttpRequest.newBuilder(tokenUrl)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        Matcher accessToken = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(answer.body());
        assertThat(accessToken.find()).isTrue();
        return accessToken.group(1);
    }

    private static HttpRequest.Builder put(URI url, String path, String token, String json) {
        return HttpRequest.newBuilder(URI.create(url + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json));
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
