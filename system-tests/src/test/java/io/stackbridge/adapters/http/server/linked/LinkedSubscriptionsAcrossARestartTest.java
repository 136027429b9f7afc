package io.stackbridge.adapters.http.server.linked;

import io.stackbridge.adapters.cli.emulator.Emulator;
import io.stackbridge.adapters.cli.emulator.EmulatorSettings;
import io.stackbridge.adapters.cli.wiring.EmulatorLauncher;
import io.stackbridge.adapters.fakeazure.token.JsonRegistrationTokenCodec;
import io.stackbridge.adapters.fakeazure.world.StampTokens;
import io.stackbridge.adapters.http.server.support.Http;
import io.stackbridge.adapters.http.server.support.Response;
import io.stackbridge.adapters.http.server.support.TestEmulator;
import io.stackbridge.adapters.support.tls.PemTrust;
import io.stackbridge.domain.billing.BillingModel;
import io.stackbridge.domain.id.CloudId;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static io.stackbridge.adapters.http.server.support.TestEmulator.GROUP;
import static io.stackbridge.adapters.http.server.support.TestEmulator.SUBSCRIPTION;
import static io.stackbridge.adapters.http.server.support.TestEmulator.V2022;
import static org.assertj.core.api.Assertions.assertThat;

/** With {@code serve --data-dir}, every link the emulator accepted is there after a restart, as it was; a reset then empties them. */
class LinkedSubscriptionsAcrossARestartTest {

    private static final String PREVIEW = "?api-version=2020-06-01-preview";
    private static final String LINKS = "/subscriptions/" + SUBSCRIPTION + "/resourceGroups/" + GROUP
            + "/providers/Microsoft.AzureStack/linkedSubscriptions";

    @TempDir
    Path directory;

    @Test
    void accepted_links_survive_a_restart_and_a_reset_clears_them() {
        Emulator first = start();
        Response kept;
        Response deletedBefore;
        try {
            Http http = http(first);
            CloudId cloud = TestEmulator.newCloud();
            String registration = TestEmulator.registrationPath(SUBSCRIPTION, "azurestack-" + cloud.value());
            String token = new JsonRegistrationTokenCodec().encode(StampTokens.content(cloud, BillingModel.Development));
            assertThat(http.put(registration + V2022, "{\"location\":\"global\",\"properties\":{\"registrationToken\":\"" + token + "\"}}")
                    .status()).isEqualTo(201);
            String body = LinkedSubscriptionRoutesTest.body("104fbb77-2b0e-476a-83de-65ad8acd1f0b", registration, "eastus");
            http.put(LINKS + "/kept" + PREVIEW, body);
            http.patch(LINKS + "/kept" + PREVIEW, "{\"location\":\"westeurope\"}");
            http.put(LINKS + "/deleted" + PREVIEW, body);
            deletedBefore = http.delete(LINKS + "/deleted" + PREVIEW);
            kept = http.get(LINKS + "/kept" + PREVIEW);
        } finally {
            first.stop();
        }

        Emulator second = start();
        try {
            Http http = http(second);
            Response after = http.get(LINKS + "/kept" + PREVIEW);

            assertThat(deletedBefore.status()).isEqualTo(200);
            assertThat(after.status()).as(after.body()).isEqualTo(200);
            assertThat(after.json()).isEqualTo(kept.json());
            assertThat(http.get(LINKS + "/deleted" + PREVIEW).status()).isEqualTo(404);
            assertThat(http.get(LINKS + PREVIEW).json().path("value")).hasSize(1);

            http.post("/_stackbridge/reset", null);

            assertThat(http.get(LINKS + "/kept" + PREVIEW).status()).isEqualTo(404);
        } finally {
            second.stop();
        }
    }

    private Emulator start() {
        return new EmulatorLauncher().start(EmulatorSettings.inProcess(directory.resolve("state")), Option.some(directory.resolve("data")))
                .getOrElseThrow(failure -> new IllegalStateException("the emulator did not start: " + failure));
    }

    private static Http http(Emulator emulator) {
        return new Http(emulator.url(), PemTrust.sslContext(emulator.caPem()), null).withToken(emulator.managementToken());
    }
}
