package io.stackbridge.security;

import io.stackbridge.adapters.cli.emulator.AdminKeyChoice;
import io.stackbridge.adapters.support.access.AdminKey;
import io.stackbridge.adapters.cli.emulator.Emulator;
import io.stackbridge.adapters.cli.emulator.EmulatorSettings;
import io.stackbridge.adapters.cli.wiring.EmulatorLauncher;
import io.stackbridge.adapters.http.server.support.Http;
import io.stackbridge.adapters.support.tls.PemTrust;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin key in the sweep: an emulator (on 127.0.0.1) that asks for its key, as one listening beyond loopback does,
 * called without a key, with a wrong one (alone and on a cross-site call), then with the right one, through which the
 * hosted stamp is registered and its bridge run. Neither key is in the journal, the admin views, the role logs, the
 * support bundle or any error body.
 */
class AdminKeyNeverLeftTest {

    private static final List<String> GUARDED = List.of("/_stackbridge/journal", "/_stackbridge/world", "/_stackbridge/faults",
            "/_stackbridge/portal/api/stamp", "/_stackbridge/portal/api/azure/journal");

    @TempDir
    Path state;

    private final Evidence evidence = new Evidence();

    @Test
    void neither_a_wrong_nor_the_right_admin_key_is_left_anywhere() throws Exception {
        Instant start = Instant.now().minusSeconds(5);
        String right = evidence.secret("Sb-admin-" + UUID.randomUUID());
        String wrong = evidence.secret("Sb-wrong-" + UUID.randomUUID());
        Emulator emulator = new EmulatorLauncher().start(EmulatorSettings.inProcess(state)
                .withAdminKey(new AdminKeyChoice.Given(AdminKey.parse(right).get(), "the sweep"))).getOrElseThrow(failure -> new AssertionError(failure));
        try {
            Http anonymous = new Http(emulator.url(), PemTrust.sslContext(emulator.caPem()), null).withHeader("Accept-Language", "en");
            Http mistaken = anonymous.withHeader(AdminKey.HEADER, wrong);
            Http keyed = anonymous.withHeader(AdminKey.HEADER, right);
            for (String path : GUARDED) {
                assertThat(evidence.answer("no key", anonymous.get(path)).code()).isEqualTo("AdminKeyMissing");
                assertThat(evidence.answer("wrong key", mistaken.get(path)).code()).isEqualTo("AdminKeyInvalid");
            }
            assertThat(evidence.answer("wrong key, reset", mistaken.post("/_stackbridge/reset", null)).status()).isEqualTo(401);
            assertThat(evidence.answer("wrong key, world", mistaken.put("/_stackbridge/world/principals/" + SignInCalls.TENANT + "/"
                    + UUID.randomUUID(), "{\"objectId\":\"" + UUID.randomUUID() + "\",\"secret\":\"" + wrong + "\"}")).status()).isEqualTo(401);
            assertThat(evidence.answer("right key, other site", keyed.withHeader("Sec-Fetch-Site", "cross-site")
                    .post("/_stackbridge/reset", null)).status()).isEqualTo(403);

            new HostedStampRun(keyed, evidence).registerAndPush();
            for (String path : GUARDED) {
                evidence.shown(path, keyed.get(path));
            }
            assertThat(evidence.texts().get("admin API /_stackbridge/journal")).contains("AdminKeyMissing", "AdminKeyInvalid");
            evidence.texts("support bundle!", HostedStampRun.bundle(keyed, start));
        } finally {
            emulator.stop();
        }
        evidence.texts("", Leaks.files(state.resolve("logs")));

        assertThat(evidence.texts().keySet()).anyMatch(name -> name.endsWith("AzureBridge.log"));
        assertThat(Leaks.in(evidence.texts(), evidence.secrets())).isEmpty();
    }
}
