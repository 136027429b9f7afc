package io.stackbridge.adapters.cli.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stackbridge.adapters.cli.emulator.Emulator;
import io.stackbridge.adapters.cli.emulator.EmulatorSettings;
import io.stackbridge.adapters.cli.support.CaTrust;
import io.stackbridge.adapters.cli.wiring.EmulatorLauncher;
import io.stackbridge.adapters.fakeazure.world.DefaultWorld;
import io.stackbridge.security.Leaks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stamp {@code serve} hosts, driven through the portal's API as the page drives it: registered, a
 * bridge run refused at sign-in (the principal's secret changed in the world), then, the secret put
 * back, a run that pushes and the diagnosis. Then every file under serve's state directory {@code logs/} and every file of the
 * ZIP the portal downloads are searched for the bridge's secret, the new one, the access tokens the
 * emulator hands out and any JSON Web Token: none is there.
 */
class HostedStampSecretsNeverLoggedTest {

    private static final String API = "/_stackbridge/portal/api";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path state;

    private Emulator emulator;
    private HttpClient http;

    @BeforeEach
    void serve() {
        emulator = new EmulatorLauncher().start(EmulatorSettings.inProcess(state)).getOrElseThrow(failure -> new AssertionError(failure));
        http = HttpClient.newBuilder().sslContext(CaTrust.sslContext(emulator.caPem())).connectTimeout(Duration.ofSeconds(10)).build();
    }

    @AfterEach
    void stop() {
        emulator.stop();
    }

    @Test
    void no_secret_of_the_hosted_stamp_is_in_its_log_files_or_in_the_portals_bundle() throws Exception {
        Instant start = Instant.now().minusSeconds(5);
        String rotated = "Sb~" + UUID.randomUUID() + ".r0tated";
        List<String> secrets = new java.util.ArrayList<>(List.of(DefaultWorld.BRIDGE_SECRET, rotated, emulator.managementToken(),
                emulator.usageToken()));

        assertThat(send("POST", API + "/stamp/registration", "{}").statusCode()).isEqualTo(200);
        until(shown -> shown.at("/bridge/pendingRecords").asInt() > 0);
        principal(rotated);
        assertThat(send("POST", API + "/stamp/bridge/runs", "{}").statusCode()).isEqualTo(202);
        until(shown -> "LoginError".equals(shown.at("/bridge/error/code").asText()) && !shown.at("/bridge/running").asBoolean());
        principal(DefaultWorld.BRIDGE_SECRET);
        assertThat(send("POST", API + "/stamp/bridge/runs", "{}").statusCode()).isEqualTo(202);
        until(shown -> "Healthy".equals(shown.at("/bridge/state").asText()) && !shown.at("/bridge/running").asBoolean());
        assertThat(send("POST", API + "/stamp/diagnosis", "{}").statusCode()).isEqualTo(200);

        HttpResponse<byte[]> bundle = send("GET", API + "/support/logs?from=" + start, null);
        assertThat(bundle.statusCode()).isEqualTo(200);
        Map<String, String> everything = new LinkedHashMap<>();
        Leaks.unzip(bundle.body()).forEach((name, text) -> everything.put("bundle!" + name, text));
        everything.putAll(Leaks.files(state.resolve("logs")));

        assertThat(everything).containsKeys("bundle!manifest.json", "bundle!AzureBridge/AzureBridge.log");
        assertThat(everything.get("bundle!AzureBridge/AzureBridge.log")).contains("with a secret succeeded").contains("code=LoginError")
                .contains("push attempt 1 of batch ");
        everything.forEach((file, text) ->
                assertThat(text).as("a JSON Web Token (access token, client assertion or activation key) in %s", file).doesNotContain("eyJ"));
        assertThat(Leaks.in(everything, secrets)).isEmpty();
    }

    /** The bridge principal's secret in the world, as {@code azure principals} sets it: the hosted stamp keeps its own. */
    private void principal(String secret) throws IOException, InterruptedException {
        String path = "/_stackbridge/world/principals/" + DefaultWorld.PARTNER_TENANT.value() + "/" + DefaultWorld.BRIDGE_CLIENT_ID.value();
        HttpResponse<byte[]> changed = send("PUT", path, "{\"objectId\":\"" + DefaultWorld.BRIDGE_OBJECT_ID.value() + "\",\"secret\":\""
                + secret + "\"}");
        assertThat(changed.statusCode()).as(new String(changed.body(), StandardCharsets.UTF_8)).isEqualTo(200);
    }

    private HttpResponse<byte[]> send(String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(emulator.url().resolve(path)).header("Accept-Language", "en");
        if (body == null) {
            request.GET();
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** {@code GET /stamp} until {@code wanted} holds, for at most a minute. */
    private void until(Predicate<JsonNode> wanted) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plusSeconds(60);
        JsonNode shown = JSON.readTree(send("GET", API + "/stamp", null).body());
        while (!wanted.test(shown) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            shown = JSON.readTree(send("GET", API + "/stamp", null).body());
        }
        assertThat(wanted.test(shown)).as(shown.toString()).isTrue();
    }
}
