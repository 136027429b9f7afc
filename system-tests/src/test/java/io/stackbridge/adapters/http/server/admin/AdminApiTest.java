package io.stackbridge.adapters.http.server.admin;

import io.stackbridge.adapters.fakeazure.journal.JournalSize;
import io.stackbridge.adapters.fakeazure.world.DefaultWorld;
import io.stackbridge.adapters.http.server.support.EmulatorTestBase;
import io.stackbridge.adapters.http.server.support.Response;
import io.stackbridge.adapters.http.server.support.TestEmulator;
import io.stackbridge.domain.billing.BillingModel;
import io.stackbridge.domain.fault.Operation;
import io.stackbridge.domain.journal.JournalEntry;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import static io.stackbridge.adapters.http.server.support.TestEmulator.GROUP;
import static io.stackbridge.adapters.http.server.support.TestEmulator.SUBSCRIPTION;
import static io.stackbridge.adapters.http.server.support.TestEmulator.V2022;
import static org.assertj.core.api.Assertions.assertThat;

class AdminApiTest extends EmulatorTestBase {

    private static final String ADMIN = "/_stackbridge";
    private static final String NEW_SUBSCRIPTION = "12121212-0002-4000-8000-000000000001";
    private static final String NEW_TENANT = "12121212-0001-4000-8000-000000000001";

    @Test
    void health_tells_status_urls_auth_and_seed() {
        Response health = emulator.anonymous.get(ADMIN + "/health");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().path("status").asText()).isEqualTo("ok");
        assertThat(health.json().path("urls").path("https").asText()).isEqualTo(emulator.running.httpsUrl().toString());
        assertThat(health.json().path("urls").path("caCertificate").asText()).endsWith("ca.pem");
        assertThat(health.json().path("auth").asText()).isEqualTo("strict");
        assertThat(health.json().path("faultSeed").asLong()).isEqualTo(20261121L);
        assertThat(health.json().path("uptimeSeconds").asLong()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void reset_forgets_registrations() {
        String path = emulator.register(SUBSCRIPTION, BillingModel.PayAsYouUse, TestEmulator.newCloud());

        assertThat(emulator.anonymous.post(ADMIN + "/reset", null).status()).isEqualTo(204);
        assertThat(emulator.http.get(path + V2022).status()).isEqualTo(404);
    }

    @Test
    void the_world_is_read_and_changed() {
        Response put = emulator.anonymous.put(ADMIN + "/world/subscriptions/" + NEW_SUBSCRIPTION,
                "{\"offerType\":\"CSP\",\"cspPartnerId\":\"stackbridge-csp\",\"tenantId\":\"" + NEW_TENANT + "\"}");
        Response principal = emulator.anonymous.put(ADMIN + "/world/principals/" + NEW_TENANT + "/12121212-0003-4000-8000-000000000001",
                "{\"objectId\":\"12121212-0004-4000-8000-000000000001\",\"secret\":\"s3cret\",\"enabled\":false}");
        Response world = emulator.anonymous.get(ADMIN + "/world");

        assertThat(put.status()).as(put.body()).isEqualTo(200);
        assertThat(principal.status()).as(principal.body()).isEqualTo(200);
        assertThat(principal.body()).doesNotContain("s3cret");
        assertThat(world.body()).contains(NEW_SUBSCRIPTION, "12121212-0003-4000-8000-000000000001").doesNotContain("s3cret");
        assertThat(world.json().path("subscriptions").size()).isEqualTo(DefaultWorld.world().subscriptions().size() + 1);
    }

    @Test
    void bad_world_input_is_refused_with_every_problem() {
        Response refused = emulator.anonymous.put(ADMIN + "/world/subscriptions/nope", "{\"offerType\":\"EA\",\"cspPartnerId\":\"p\"}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.code()).isEqualTo("InvalidRequestContent");
        assertThat(refused.json().path("error").path("details").size()).isGreaterThanOrEqualTo(2);
        assertThat(refused.json().findValuesAsText("message")).anySatisfy(message -> assertThat(message)
                .contains("offerType", "EA", "cspPartnerId", "p"));
    }

    @Test
    void approvals_are_given_and_taken_back() {
        String path = emulator.register(SUBSCRIPTION, BillingModel.PayAsYouUse, TestEmulator.newCloud());
        String approval = ADMIN + "/approvals/" + SUBSCRIPTION + "/" + GROUP + "/" + path.substring(path.lastIndexOf('/') + 1);
        Response given = emulator.anonymous.put(approval, null);
        Response revoked = emulator.anonymous.delete(approval);
        Response unknown = emulator.anonymous.put(ADMIN + "/approvals/" + SUBSCRIPTION + "/" + GROUP + "/absent", null);

        assertThat(given.json().path("approved").asBoolean()).isTrue();
        assertThat(revoked.json().path("approved").asBoolean()).isFalse();
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo("RegistrationNotFound");
    }

    @Test
    void fault_rules_are_listed_added_removed_and_cleared() {
        Response added = emulator.anonymous.post(ADMIN + "/faults",
                "{\"id\":\"r1\",\"operation\":\"Usage_Push\",\"probability\":0.5,\"times\":3,\"effect\":{\"type\":\"delay\",\"millis\":10}}");
        emulator.anonymous.post(ADMIN + "/faults", "{\"id\":\"r2\",\"effect\":{\"type\":\"returnError\",\"code\":\"TooManyRequests\"}}");
        Response listed = emulator.anonymous.get(ADMIN + "/faults");

        assertThat(added.status()).isEqualTo(201);
        assertThat(listed.json().path("rules")).hasSize(2);
        assertThat(listed.json().path("rules").get(0).path("times").asInt()).isEqualTo(3);
        assertThat(listed.json().path("rules").get(0).path("effect").path("millis").asLong()).isEqualTo(10);
        assertThat(emulator.anonymous.delete(ADMIN + "/faults/r1").status()).isEqualTo(200);
        assertThat(emulator.anonymous.delete(ADMIN + "/faults/r1").status()).isEqualTo(204);
        assertThat(emulator.anonymous.delete(ADMIN + "/faults?seed=42").status()).isEqualTo(204);
        assertThat(emulator.anonymous.get(ADMIN + "/faults").json().path("rules")).isEmpty();
        assertThat(emulator.anonymous.get(ADMIN + "/faults").json().path("seed").asLong()).isEqualTo(42);
    }

    @Test
    void a_bad_fault_rule_reports_every_problem() {
        Response refused = emulator.anonymous.post(ADMIN + "/faults",
                "{\"operation\":\"Nope\",\"probability\":2,\"times\":0,\"effect\":{\"type\":\"returnError\",\"code\":\"NetworkError\"}}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("error").path("target").asText()).isEqualTo("id");
        assertThat(refused.json().path("error").path("details").size()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void the_journal_is_filtered_and_cleared() {
        emulator.http.get(TestEmulator.registrationPath(SUBSCRIPTION, "absent") + V2022);
        emulator.http.get("/subscriptions/" + SUBSCRIPTION + "/resourceGroups/azurestack?api-version=2022-09-01");
        Response notFound = emulator.anonymous.get(ADMIN + "/journal?operation=Registrations_Get&outcome=ResourceNotFound");
        Response all = emulator.anonymous.get(ADMIN + "/journal");
        long first = all.json().path("entries").get(0).path("sequence").asLong();

        assertThat(notFound.json().path("entries")).hasSize(1);
        assertThat(notFound.json().path("entries").get(0).path("resource").asText()).contains("/registrations/absent");
        assertThat(emulator.anonymous.get(ADMIN + "/journal?after=" + first).json().path("entries")).hasSize(1);
        assertThat(emulator.anonymous.get(ADMIN + "/journal?operation=Bogus").status()).isEqualTo(400);
        assertThat(emulator.anonymous.delete(ADMIN + "/journal").status()).isEqualTo(204);
        assertThat(emulator.anonymous.get(ADMIN + "/journal").json().path("entries")).isEmpty();
    }

    @Test
    void a_full_journal_says_how_many_entries_it_dropped_and_clearing_resets_the_count() {
        for (int call = 0; call < JournalSize.DEFAULT + 3; call++) {
            emulator.fake.journal().record(Operation.Usage_Push, "/batch/" + call, JournalEntry.OK, Option.none());
        }

        Response full = emulator.anonymous.get(ADMIN + "/journal");
        Response filtered = emulator.anonymous.get(ADMIN + "/journal?operation=Token_Issue");

        assertThat(full.json().path("entries")).hasSize(JournalSize.DEFAULT);
        assertThat(full.json().path("entries").get(0).path("sequence").asLong()).isEqualTo(4);
        assertThat(full.json().path("dropped").asLong()).isEqualTo(3);
        assertThat(filtered.json().path("entries")).isEmpty();
        assertThat(filtered.json().path("dropped").asLong()).isEqualTo(3);
        assertThat(emulator.anonymous.delete(ADMIN + "/journal").status()).isEqualTo(204);
        assertThat(emulator.anonymous.get(ADMIN + "/journal").json().path("dropped").asLong()).isZero();
    }

    @Test
    void a_token_already_verified_and_remembered_expires_when_the_clock_moves() {
        String group = "/subscriptions/" + SUBSCRIPTION + "/resourceGroups/azurestack?api-version=2022-09-01";
        assertThat(emulator.http.get(group).status()).as("the token is verified, and remembered").isEqualTo(200);
        assertThat(emulator.http.get(group).status()).isEqualTo(200);

        emulator.anonymous.put(ADMIN + "/clock", "{\"offsetSeconds\":7200}");
        Response expired = emulator.http.get(group);

        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.code()).isEqualTo("InvalidAuthenticationToken");
        assertThat(expired.message()).contains("it has expired");
    }

    @Test
    void the_clock_offset_is_read_and_set() {
        Response set = emulator.anonymous.put(ADMIN + "/clock", "{\"offsetSeconds\":7200}");
        Response read = emulator.anonymous.get(ADMIN + "/clock");

        assertThat(set.status()).isEqualTo(200);
        assertThat(read.json().path("offsetSeconds").asLong()).isEqualTo(7200);
        assertThat(emulator.anonymous.put(ADMIN + "/clock", "{\"offsetSeconds\":\"soon\"}").status()).isEqualTo(400);
        assertThat(emulator.http.get("/subscriptions/" + SUBSCRIPTION + "/resourceGroups/azurestack?api-version=2022-09-01").status())
                .as("a token issued two hours before the emulated now has expired").isEqualTo(401);
    }
}
