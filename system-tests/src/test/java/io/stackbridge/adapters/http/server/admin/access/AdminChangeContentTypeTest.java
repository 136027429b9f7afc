package io.stackbridge.adapters.http.server.admin.access;

import com.fasterxml.jackson.databind.JsonNode;
import io.stackbridge.adapters.http.server.support.EmulatorTestBase;
import io.stackbridge.adapters.http.server.support.Response;
import io.stackbridge.adapters.http.server.support.TestEmulator;
import io.stackbridge.domain.billing.BillingModel;
import io.stackbridge.domain.text.Excerpt;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

import static io.stackbridge.adapters.http.server.support.TestEmulator.SUBSCRIPTION;
import static io.stackbridge.adapters.http.server.support.TestEmulator.V2022;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin change (POST, PUT, DELETE) that names a content type must name JSON, body or not: {@code text/plain},
 * a form and multipart are what a page of another site sends without the browser asking first, so a bodyless
 * reset with one of them is {@code 415} and changes nothing. One that names none still passes, as
 * {@code curl -X POST …/reset} sends it. And a refusal journals an excerpt of the path the caller chose, not all of it.
 */
class AdminChangeContentTypeTest extends EmulatorTestBase {

    private static final List<String> SIMPLE_TYPES = List.of("text/plain", "text/plain;charset=UTF-8", "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x");

    @Test
    void a_bodyless_change_naming_a_type_other_than_json_is_refused_and_changes_nothing() {
        String registration = emulator.register(SUBSCRIPTION, BillingModel.PayAsYouUse, TestEmulator.newCloud());
        for (String type : SIMPLE_TYPES) {
            Response reset = emulator.anonymous.send("POST", "/_stackbridge/reset", null, type);
            Response clear = emulator.anonymous.send("DELETE", "/_stackbridge/faults/some-rule", null, type);

            assertThat(reset.status()).as(type + ": " + reset.body()).isEqualTo(415);
            assertThat(reset.code()).isEqualTo("UnsupportedMediaType");
            assertThat(clear.status()).as(type).isEqualTo(415);
        }
        assertThat(emulator.http.get(registration + V2022).status()).as("not reset").isEqualTo(200);
    }

    @Test
    void a_bodyless_change_naming_no_type_or_json_still_passes() {
        for (String type : new String[] {null, "application/json"}) {
            String registration = emulator.register(SUBSCRIPTION, BillingModel.PayAsYouUse, TestEmulator.newCloud());

            assertThat(emulator.anonymous.send("POST", "/_stackbridge/reset", null, type).status()).as(String.valueOf(type)).isEqualTo(204);
            assertThat(emulator.http.get(registration + V2022).status()).isEqualTo(404);
        }
    }

    @Test
    void a_refusal_of_a_huge_path_is_journaled_as_a_short_excerpt() {
        String path = "/_stackbridge/faults/" + "a".repeat(20 * 1024);

        Response refused = emulator.anonymous.withHeader("Origin", "https://elsewhere.example").send("DELETE", path, null, null);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body().length()).isLessThan(4 * Excerpt.MAX);
        JsonNode entries = emulator.anonymous.get("/_stackbridge/journal?operation=Admin_Access").json().path("entries");
        assertThat(entries).hasSize(1);
        String resource = entries.get(0).path("resource").asText();
        assertThat(resource).startsWith("DELETE /_stackbridge/faults/aaaa").hasSizeLessThanOrEqualTo(Excerpt.MAX).endsWith("…");
    }
}
