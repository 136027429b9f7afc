package io.stackbridge.adapters.http.server.admin.access;

import com.fasterxml.jackson.databind.JsonNode;
import io.stackbridge.adapters.http.server.support.Response;
import io.stackbridge.adapters.support.access.AdminKey;
import io.stackbridge.domain.error.ArmError;
import io.stackbridge.domain.fault.Operation;
import io.vavr.collection.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * A call refused for want of the admin key: the ARM error envelope in the caller's language, with cause and
 * remediation, the key never repeated; journaled (the journal and the portal's feed show it); nothing changed.
 */
class AdminKeyRefusalTest extends KeyedEmulatorTest {

    private static final String SUBSCRIPTION = "12121212-0002-4000-8000-0000000000aa";

    @BeforeEach
    void fresh() {
        emulator.fake.reset();
    }

    @Test
    void the_refusal_is_the_arm_envelope_with_cause_and_remediation_in_the_caller_s_language() {
        Response english = emulator.anonymous.post("/_stackbridge/reset", null);
        Response french = emulator.anonymous.withHeader("Accept-Language", "fr-FR").withHeader(AdminKey.HEADER, "not-the-key-at-all")
                .get("/_stackbridge/world");

        assertThat(english.status()).isEqualTo(401);
        JsonNode error = english.json().path("error");
        assertThat(error.path("code").asText()).isEqualTo("AdminKeyMissing");
        assertThat(error.path("message").asText()).contains("admin key", "X-StackBridge-Admin-Key");
        assertThat(english.body()).contains("admin-key");
        assertThat(french.status()).isEqualTo(401);
        assertThat(french.code()).isEqualTo("AdminKeyInvalid");
        assertThat(french.message()).contains("clé d’administration", "X-StackBridge-Admin-Key");
        assertThat(french.body()).doesNotContain("not-the-key-at-all").doesNotContain(KeyedEmulator.KEY.reveal());
        assertThat(AdminKey.HEADER).isEqualTo(ArmError.ADMIN_KEY_HEADER);
    }

    @Test
    void a_refused_call_changes_nothing() {
        emulator.keyed.post("/_stackbridge/faults", "{\"id\":\"kept\",\"effect\":{\"type\":\"returnError\",\"code\":\"TooManyRequests\"}}");
        String world = emulator.keyed.get("/_stackbridge/world").body();

        assertThat(emulator.anonymous.post("/_stackbridge/reset", null).status()).isEqualTo(401);
        assertThat(emulator.anonymous.send("DELETE", "/_stackbridge/faults", null, null).status()).isEqualTo(401);
        assertThat(emulator.anonymous.post("/_stackbridge/faults",
                "{\"id\":\"added\",\"effect\":{\"type\":\"returnError\",\"code\":\"TooManyRequests\"}}").status()).isEqualTo(401);
        assertThat(emulator.anonymous.withHeader(AdminKey.HEADER, "wrong-wrong-wrong-wrong").put("/_stackbridge/world/subscriptions/"
                + SUBSCRIPTION, "{\"offerType\":\"EA\"}").status()).isEqualTo(401);
        assertThat(emulator.anonymous.put("/_stackbridge/clock", "{\"offset\":\"PT1H\"}").status()).isEqualTo(401);

        assertThat(List.ofAll(emulator.keyed.get("/_stackbridge/faults").json().path("rules")).map(rule -> rule.path("id").asText()))
                .containsExactly("kept");
        assertThat(emulator.keyed.get("/_stackbridge/world").body()).isEqualTo(world).doesNotContain(SUBSCRIPTION);
        assertThat(emulator.keyed.get("/_stackbridge/clock").body()).doesNotContain("PT1H");
    }

    @Test
    void every_refusal_is_journaled_with_its_method_path_and_code_and_the_portal_s_feed_shows_it() {
        emulator.anonymous.post("/_stackbridge/reset", null);
        emulator.anonymous.withHeader(AdminKey.HEADER, "wrong-wrong-wrong-wrong").get("/_stackbridge/journal");

        JsonNode entries = emulator.keyed.get("/_stackbridge/journal?operation=Admin_Access").json().path("entries");
        assertThat(List.ofAll(entries).map(entry -> entry.path("resource").asText() + " " + entry.path("outcome").asText()))
                .containsExactly("POST /_stackbridge/reset AdminKeyMissing", "GET /_stackbridge/journal AdminKeyInvalid");
        assertThat(entries.toString()).doesNotContain("wrong-wrong");

        JsonNode feed = emulator.keyed.get("/_stackbridge/portal/api/azure/journal").json().path("entries");
        JsonNode first = List.ofAll(feed).find(entry -> entry.path("operation").asText().equals("Admin_Access")).get();
        assertThat(first.path("method").asText()).isEqualTo("POST");
        assertThat(first.path("path").asText()).isEqualTo("/_stackbridge/reset");
        assertThat(first.path("status").asInt()).isEqualTo(401);
        assertThat(first.path("code").asText()).isEqualTo("AdminKeyMissing");
    }

    @Test
    void no_fault_rule_targets_the_gate_s_refusals() {
        Response refused = emulator.keyed.post("/_stackbridge/faults",
                "{\"id\":\"gate\",\"operation\":\"" + Operation.Admin_Access + "\",\"effect\":{\"type\":\"returnError\",\"code\":\"TooManyRequests\"}}");

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("Admin_Access");
        assertThat(emulator.keyed.get("/_stackbridge/faults").json().path("rules")).isEmpty();
    }
}
