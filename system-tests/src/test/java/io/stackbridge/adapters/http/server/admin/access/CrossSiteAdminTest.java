package io.stackbridge.adapters.http.server.admin.access;

import io.stackbridge.adapters.http.server.support.EmulatorTestBase;
import io.stackbridge.adapters.http.server.support.Http;
import io.stackbridge.adapters.http.server.support.Response;
import io.stackbridge.adapters.http.server.support.TestEmulator;
import io.stackbridge.domain.billing.BillingModel;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

import static io.stackbridge.adapters.http.server.support.TestEmulator.SUBSCRIPTION;
import static io.stackbridge.adapters.http.server.support.TestEmulator.V2022;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Another site open in the operator's browser cannot use the admin API, not only the portal's: an emulator open
 * on loopback (no key) refuses a request its browser marks as cross-site with 403, and it changes nothing, even
 * a bodyless POST /_stackbridge/reset without a content type (what a hostile page's no-cors fetch or form sends).
 * Clients outside a browser (curl, the CLI) send neither header and keep posting bodyless resets.
 */
class CrossSiteAdminTest extends EmulatorTestBase {

    @Test
    void a_cross_site_bodyless_reset_is_refused_and_resets_nothing() {
        String registration = emulator.register(SUBSCRIPTION, BillingModel.PayAsYouUse, TestEmulator.newCloud());
        for (Http crossSite : List.of(emulator.anonymous.withHeader("Origin", "https://elsewhere.example"),
                emulator.anonymous.withHeader("Sec-Fetch-Site", "cross-site"), emulator.anonymous.withHeader("Origin", "null"))) {
            Response refused = crossSite.send("POST", "/_stackbridge/reset", null, null);

            assertThat(refused.status()).as(refused.body()).isEqualTo(403);
            assertThat(refused.code()).isEqualTo("AuthorizationFailed");
            assertThat(crossSite.send("POST", "/_stackbridge/faults", "{\"id\":\"x\",\"effect\":{\"type\":\"unreachable\"}}",
                    "text/plain").status()).isEqualTo(403);
            assertThat(crossSite.get("/_stackbridge/journal").status()).isEqualTo(403);
        }
        assertThat(emulator.http.get(registration + V2022).status()).as("not reset").isEqualTo(200);
        assertThat(emulator.anonymous.get("/_stackbridge/faults").json().path("rules")).isEmpty();
        assertThat(emulator.anonymous.get("/_stackbridge/journal?operation=Admin_Access").json().path("entries")).hasSize(9);
    }

    @Test
    void a_client_outside_a_browser_still_resets_with_a_bodyless_post() {
        String registration = emulator.register(SUBSCRIPTION, BillingModel.PayAsYouUse, TestEmulator.newCloud());

        assertThat(emulator.anonymous.send("POST", "/_stackbridge/reset", null, null).status()).isEqualTo(204);
        assertThat(emulator.anonymous.withHeader("Sec-Fetch-Site", "none").get("/_stackbridge/world").status()).isEqualTo(200);
        assertThat(emulator.http.get(registration + V2022).status()).isEqualTo(404);
    }
}
