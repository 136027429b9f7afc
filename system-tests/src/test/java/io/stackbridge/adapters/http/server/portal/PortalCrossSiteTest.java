package io.stackbridge.adapters.http.server.portal;

import io.stackbridge.adapters.http.server.support.EmulatorTestBase;
import io.stackbridge.adapters.http.server.support.Http;
import io.stackbridge.adapters.http.server.support.Response;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

import java.net.URI;

import static io.stackbridge.adapters.http.server.portal.AzurePortalRegistrationsTest.API;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Another site open in the same browser cannot change anything through the portal's API: a change without
 * the JSON content type (what a no-cors form or fetch sends) and any request a browser marks as coming from
 * another site are refused, coded, and change nothing; the page's own calls and clients outside a browser pass.
 */
class PortalCrossSiteTest extends EmulatorTestBase {

    private static final String JSON = "application/json";
    private static final String PRESET = API + "/presets/network-down";

    private boolean on() {
        Response listed = emulator.anonymous.get(API + "/presets");
        return List.ofAll(listed.json().path("presets")).find(preset -> preset.path("name").asText().equals("network-down"))
                .map(preset -> preset.path("on").asBoolean()).getOrElseThrow(() -> new AssertionError(listed.body()));
    }

    private String ownOrigin() {
        URI own = emulator.anonymous.uri("/");
        return own.getScheme() + "://" + own.getRawAuthority();
    }

    @Test
    void a_change_without_the_json_content_type_is_refused_even_without_a_body() {
        Response put = emulator.anonymous.send("PUT", PRESET, null, null);
        assertThat(put.status()).as(put.body()).isEqualTo(415);
        assertThat(put.code()).isEqualTo("UnsupportedMediaType");
        Response approve = emulator.anonymous.send("POST", API + "/approvals", null, null);
        assertThat(approve.status()).as(approve.body()).isEqualTo(415);
        assertThat(on()).isFalse();

        assertThat(emulator.anonymous.send("PUT", PRESET, null, JSON).status()).isEqualTo(200);
        Response delete = emulator.anonymous.delete(PRESET);
        assertThat(delete.status()).as(delete.body()).isEqualTo(415);
        assertThat(on()).as("a DELETE without the content type changed nothing").isTrue();
        assertThat(emulator.anonymous.send("DELETE", PRESET, null, JSON).status()).isEqualTo(200);
        assertThat(on()).isFalse();
    }

    @Test
    void a_request_from_another_site_is_refused_with_a_coded_403_and_changes_nothing() {
        for (Http crossSite : List.of(
                emulator.anonymous.withHeader("Origin", "https://elsewhere.example"),
                emulator.anonymous.withHeader("Origin", "null"),
                emulator.anonymous.withHeader("Sec-Fetch-Site", "cross-site"),
                emulator.anonymous.withHeader("Sec-Fetch-Site", "same-site"),
                emulator.anonymous.withHeader("Origin", ownOrigin()).withHeader("Sec-Fetch-Site", "cross-site"))) {
            Response refused = crossSite.put(PRESET, "{}");
            assertThat(refused.status()).as(refused.body()).isEqualTo(403);
            assertThat(refused.code()).isEqualTo("AuthorizationFailed");
            assertThat(crossSite.withHeader("Accept-Language", "fr").get(API + "/presets").status()).isEqualTo(403);
        }
        assertThat(on()).isFalse();
    }

    @Test
    void the_page_s_own_calls_pass() {
        Http page = emulator.anonymous.withHeader("Origin", ownOrigin()).withHeader("Sec-Fetch-Site", "same-origin");

        assertThat(page.put(PRESET, "{}").status()).isEqualTo(200);
        assertThat(on()).isTrue();
        assertThat(page.send("DELETE", PRESET, null, JSON).status()).isEqualTo(200);
        assertThat(emulator.anonymous.withHeader("Sec-Fetch-Site", "same-origin").get(API + "/journal").status()).isEqualTo(200);
        assertThat(on()).isFalse();
    }
}
