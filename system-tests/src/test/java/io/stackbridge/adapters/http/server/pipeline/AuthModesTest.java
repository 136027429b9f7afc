package io.stackbridge.adapters.http.server.pipeline;

import io.stackbridge.adapters.fakeazure.world.DefaultWorld;
import io.stackbridge.adapters.http.server.AuthMode;
import io.stackbridge.adapters.http.server.support.Jwts;
import io.stackbridge.adapters.http.server.support.Response;
import io.stackbridge.adapters.http.server.support.TestEmulator;
import io.stackbridge.application.port.in.identity.IssueAccessTokenUseCase.ClientCredentialsGrant;
import io.stackbridge.junit.FakeAzure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static io.stackbridge.adapters.http.server.support.TestEmulator.SUBSCRIPTION;
import static org.assertj.core.api.Assertions.assertThat;

class AuthModesTest {

    private static final String MANAGEMENT = "https://management.azure.com/";
    private static final String PATH = "/subscriptions/" + SUBSCRIPTION + "/resourceGroups/azurestack?api-version=2022-09-01";

    @TempDir
    Path directory;

    @Test
    void strict_accepts_its_own_tokens_only() {
        try (TestEmulator emulator = TestEmulator.start(directory)) {
            Response missing = emulator.anonymous.get(PATH);
            Response foreign = emulator.anonymous.withToken(foreignToken()).get(PATH);
            Response usage = emulator.anonymous.withToken(emulator.usageToken()).get(PATH);
            Response scheme = emulator.anonymous.withHeader("Authorization", "Basic dXNlcjpwYXNz").get(PATH);

            assertRefused(missing);
            assertRefused(foreign);
            assertRefused(usage);
            assertRefused(scheme);
            assertThat(emulator.http.get(PATH).status()).isEqualTo(200);
            assertThat(missing.header("WWW-Authenticate")).startsWith("Bearer authorization_uri=\"" + emulator.running.httpsUrl())
                    .contains("resource=\"https://management.azure.com/\"");
        }
    }

    @Test
    void basic_accepts_any_current_token_for_a_management_audience() {
        try (TestEmulator emulator = TestEmulator.start(directory, config -> config.withAuth(AuthMode.BASIC))) {
            assertThat(emulator.anonymous.withToken(foreignToken()).get(PATH).status()).isEqualTo(200);
            assertThat(emulator.anonymous.withToken(Jwts.unsigned("https://management.azure.com/", Instant.now().plusSeconds(600)))
                    .get(PATH).status()).isEqualTo(200);
            assertRefused(emulator.anonymous.withToken(Jwts.unsigned("https://management.azure.com/", Instant.now().minusSeconds(3600)))
                    .get(PATH));
            assertRefused(emulator.anonymous.withToken(Jwts.unsigned("https://vault.azure.net", Instant.now().plusSeconds(600))).get(PATH));
            assertRefused(emulator.anonymous.withToken("not-a-jwt").get(PATH));
            assertRefused(emulator.anonymous.get(PATH));
        }
    }

    @Test
    void basic_checks_expiry_by_the_service_clock_not_the_bare_system_clock() {
        try (TestEmulator emulator = TestEmulator.start(directory, config -> config.withAuth(AuthMode.BASIC))) {
            Instant now = Instant.now();
            String current = Jwts.unsigned(MANAGEMENT, now.minus(Duration.ofHours(4)), now.plus(Duration.ofMinutes(30)));
            String lapsed = Jwts.unsigned(MANAGEMENT, now.minus(Duration.ofHours(4)), now.minus(Duration.ofMinutes(30)));

            emulator.fake.admin().setClockOffset().set(Duration.ofHours(2));
            assertRefused(emulator.anonymous.withToken(current).get(PATH));
            emulator.fake.admin().setClockOffset().set(Duration.ofHours(-2));
            assertThat(emulator.anonymous.withToken(lapsed).get(PATH).status()).isEqualTo(200);
        }
    }

    @Test
    void off_accepts_no_token_at_all() {
        try (TestEmulator emulator = TestEmulator.start(directory, config -> config.withAuth(AuthMode.OFF))) {
            assertThat(emulator.anonymous.get(PATH).status()).isEqualTo(200);
            assertThat(emulator.anonymous.withToken("garbage").get(PATH).status()).isEqualTo(200);
        }
    }

    @Test
    void admin_paths_are_never_authenticated() {
        try (TestEmulator emulator = TestEmulator.start(directory)) {
            assertThat(emulator.anonymous.get("/_stackbridge/health").status()).isEqualTo(200);
        }
    }

    private static void assertRefused(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(401);
        assertThat(response.code()).isEqualTo("InvalidAuthenticationToken");
    }

    /** A management token signed by another fake Azure's key. */
    private static String foreignToken() {
        return FakeAzure.start().cloud().issueAccessToken().issue(new ClientCredentialsGrant(DefaultWorld.PARTNER_TENANT.value(),
                        "client_credentials", DefaultWorld.BRIDGE_CLIENT_ID.value(), DefaultWorld.BRIDGE_SECRET,
                        TestEmulator.MANAGEMENT_SCOPE))
                .get().accessToken();
    }
}
