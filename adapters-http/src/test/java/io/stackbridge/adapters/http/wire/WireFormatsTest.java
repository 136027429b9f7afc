package io.stackbridge.adapters.http.wire;

import com.fasterxml.jackson.databind.JsonNode;
import io.stackbridge.domain.error.ArmError;
import io.stackbridge.domain.error.ErrorCode;
import io.stackbridge.domain.error.ErrorContext;
import io.stackbridge.domain.error.TenantRegistrationError;
import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.id.MeterId;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.id.TenantId;
import io.stackbridge.domain.registration.RegistrationKey;
import io.stackbridge.domain.text.Language;
import io.stackbridge.domain.usage.BatchId;
import io.stackbridge.domain.usage.Quantity;
import io.stackbridge.domain.usage.UsageBatch;
import io.stackbridge.domain.usage.UsageRecord;
import io.stackbridge.domain.usage.UsageWindow;
import io.stackbridge.domain.validation.Rule;
import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class WireFormatsTest {

    private static final CloudId CLOUD = CloudId.of("5bf881b2-6be7-42a1-9f47-d6fcb6737747");

    @Test
    void the_envelope_targets_the_first_problem_and_details_the_rest() {
        ArmError.InvalidRequestContent error = new ArmError.InvalidRequestContent(List.of(
                Violation.of("location", "x", Rule.REQUIRED), Violation.of("tags.a", "1", Rule.NOT_A_GUID)));
        JsonNode json = WireJson.tree(ArmErrorEnvelope.from(error, Language.FR));

        assertThat(json.path("error").path("code").asText()).isEqualTo("InvalidRequestContent");
        assertThat(json.path("error").path("target").asText()).isEqualTo("location");
        assertThat(json.path("error").path("details")).hasSize(1);
        assertThat(json.path("error").path("details").get(0).path("target").asText()).isEqualTo("tags.a");
    }

    @Test
    void a_received_envelope_becomes_its_domain_error() {
        ArmErrorEnvelope received = new ArmErrorEnvelope(new ArmErrorEnvelope.ArmErrorBody("RegistrationNotFound", "m", null, null));
        RegistrationKey key = RegistrationKey.of("aaaaaaaa-0002-4000-8000-000000000001", "azurestack", "r1");
        ErrorContext context = ErrorContext.EMPTY.subscription(key.subscriptionId()).resourceGroup(key.resourceGroup())
                .registration(key.name());

        assertThat(received.toDomain(context).get()).isEqualTo(new TenantRegistrationError.RegistrationNotFound(key));
        assertThat(new ArmErrorEnvelope(new ArmErrorEnvelope.ArmErrorBody("Nope", "m", null, null)).toDomain(context)).isEmpty();
    }

    @Test
    void a_rebuilt_error_keeps_the_field_the_envelope_targets() {
        ArmErrorEnvelope received = new ArmErrorEnvelope(new ArmErrorEnvelope.ArmErrorBody("InvalidRegistrationToken",
                "agreementNumber is required by the Capacity billing model", "agreementNumber", null));

        assertThat(received.toDomain(ErrorContext.EMPTY).get().target()).contains("agreementNumber");
    }

    @Test
    void every_aadsts_number_reads_back_as_the_identity_code_it_was_written_for() {
        for (ErrorCode code : ErrorCode.values()) {
            // Entra ID answers both an unknown certificate and a bad signature with 700027: one number, read back as the first.
            ErrorCode readBack = code == ErrorCode.UnknownCertificate ? ErrorCode.InvalidClientAssertion : code;
            OAuthError.identity(code).forEach(identity -> assertThat(OAuthError.codeOf(identity.aadsts())).contains(readBack));
        }
        assertThat(List.of(ErrorCode.values()).filter(code -> OAuthError.identity(code).isDefined())).hasSize(14);
        assertThat(OAuthError.codeOf(12345)).isEmpty();
    }

    @Test
    void broken_json_names_line_and_column_and_wrong_types_name_the_expected_type() {
        Validation<Seq<Violation>, JsonNode> broken = JsonDocument.parse("{\n \"a\": ]");
        Validation<Seq<Violation>, RegistrationBody.Content> typed = RegistrationBody.read(JsonDocument.parse("{\"location\":[]}").get(), true);

        assertThat(broken.getError().head().rule()).isEqualTo(Rule.MALFORMED_DOCUMENT);
        assertThat(broken.getError().head().ruleArguments()).containsExactly("2", "7");
        assertThat(typed.getError().map(Violation::rule)).contains(Rule.WRONG_TYPE, Rule.REQUIRED);
        assertThat(typed.getError().head().field()).isEqualTo("location");
    }

    @Test
    void a_usage_batch_makes_the_round_trip_with_exact_quantities() {
        UsageWindow window = UsageWindow.startingAt(Instant.parse("2026-01-01T10:00:00Z"));
        UsageRecord record = new UsageRecord(SubscriptionId.of("c0c0c0c0-0002-4000-8000-000000000001"),
                TenantId.of("c0c0c0c0-0001-4000-8000-000000000001"), MeterId.of("FAB6EB84500B4A09A8CA7358F8BBAEA5"),
                Quantity.of("0.1000000000000000055511151231257827"), window, "/r/vm1", "local", LinkedHashMap.of("k", "v"),
                LinkedHashMap.empty(), window.end());
        UsageBatch batch = UsageBatch.of(CLOUD, List.of(record));
        String json = WireJson.write(UsageBatchBody.from(batch));

        UsageBatch back = UsageBatchBody.read(JsonDocument.parse(json).get(), CLOUD, batch.id()).get();
        assertThat(json).contains("\"quantity\":0.1000000000000000055511151231257827").contains("\"usageStartTime\":\"2026-01-01T10:00:00Z\"")
                .doesNotContain("additionalInfo");
        assertThat(back.sameContentAs(batch)).isTrue();
    }

    @Test
    void duplicate_records_and_reports_before_the_window_are_refused() {
        String record = "{\"subscriptionId\":\"c0c0c0c0-0002-4000-8000-000000000001\",\"tenantId\":\"c0c0c0c0-0001-4000-8000-000000000001\","
                + "\"meterId\":\"FAB6EB84500B4A09A8CA7358F8BBAEA5\",\"quantity\":1,\"usageStartTime\":\"2026-01-01T10:00:00Z\","
                + "\"usageEndTime\":\"2026-01-01T11:00:00Z\",\"resourceUri\":\"/r\",\"location\":\"l\",\"reportedTime\":\"%s\"}";
        String twice = "{\"records\":[" + record.formatted("2026-01-01T11:00:00Z") + "," + record.formatted("2026-01-01T11:00:00Z") + "]}";
        String early = "{\"records\":[" + record.formatted("2026-01-01T09:00:00Z") + "]}";

        Violation repeated = UsageBatchBody.read(JsonDocument.parse(twice).get(), CLOUD, BatchId.of("b")).getError().head();
        assertThat(repeated.field()).isEqualTo("records[1]");
        assertThat(repeated.rule()).isEqualTo(Rule.DUPLICATE);
        assertThat(repeated.ruleArguments()).containsExactly("records[0]");
        assertThat(UsageBatchBody.read(JsonDocument.parse(early).get(), CLOUD, BatchId.of("b")).getError().head().field())
                .isEqualTo("records[0].reportedTime");
    }

    /** Found by the parser fuzz test: Jackson threw NumberFormatException out of JsonDocument.parse (a 500 for a client's typo). */
    @Test
    void a_body_with_a_number_jackson_cannot_hold_is_a_malformed_document() {
        Violation refused = JsonDocument.parse("{\"id\":1e30900000000,\"effect\":{}}").getError().head();

        assertThat(refused.field()).isEqualTo(JsonDocument.BODY);
        assertThat(refused.rule()).isEqualTo(Rule.MALFORMED_DOCUMENT);
    }

    /** Found by the parser fuzz test: a blank resourceUri was dropped without a violation, and reading the batch threw NoSuchElementException. */
    @Test
    void a_record_with_a_blank_resource_uri_is_refused_as_required() {
        String batch = "{\"records\":[{\"subscriptionId\":\"c0c0c0c0-0002-4000-8000-000000000001\",\"tenantId\":\"c0c0c0c0-0001-4000-8000-000000000001\","
                + "\"meterId\":\"FAB6EB84500B4A09A8CA7358F8BBAEA5\",\"quantity\":1,\"usageStartTime\":\"2026-01-01T10:00:00Z\","
                + "\"usageEndTime\":\"2026-01-01T11:00:00Z\",\"resourceUri\":\" \",\"location\":\"l\",\"reportedTime\":\"2026-01-01T11:00:00Z\"}]}";

        Violation refused = UsageBatchBody.read(JsonDocument.parse(batch).get(), CLOUD, BatchId.of("b")).getError().head();

        assertThat(refused.field()).isEqualTo("records[0].resourceUri");
        assertThat(refused.rule()).isEqualTo(Rule.REQUIRED);
    }
}
