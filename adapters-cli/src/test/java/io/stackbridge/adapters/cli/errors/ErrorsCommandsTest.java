package io.stackbridge.adapters.cli.errors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stackbridge.adapters.cli.ExitCodes;
import io.stackbridge.adapters.cli.support.CliRun;
import io.stackbridge.adapters.cli.support.StackCli;
import io.stackbridge.domain.error.Category;
import io.stackbridge.domain.error.ErrorCode;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code errors list} and {@code errors explain}: the whole catalog at hand, in either language, for people and for scripts. */
class ErrorsCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void the_list_names_every_code_of_the_catalog_with_its_category_status_and_recovery() {
        CliRun english = StackCli.run("errors", "list", "--lang", "en");
        CliRun french = StackCli.run("errors", "list", "--lang", "fr");

        assertThat(english.exitCode()).as(english.err()).isZero();
        assertThat(english.outLines()).hasSize(ErrorCode.values().length + 1);
        assertThat(english.outLines().get(0)).startsWith("Code").contains("Category", "HTTP", "Recovery");
        assertThat(english.out()).contains("NetworkError", "Azure Bridge", "retry", "InternalServerError", "500");
        assertThat(french.outLines().get(0)).contains("Catégorie", "Reprise");
        assertThat(french.out()).contains("Pont Azure", "intervention");
    }

    @Test
    void the_list_keeps_to_one_category_given_in_any_spelling() throws Exception {
        CliRun bridge = StackCli.run("errors", "list", "--category", "bridge", "--output", "json");
        CliRun tenants = StackCli.run("errors", "list", "--category", "TENANT_REGISTRATION", "--lang", "en");

        JsonNode codes = JSON.readTree(bridge.out()).get("codes");
        assertThat(codes).hasSize(List.of(ErrorCode.values()).count(code -> code.category() == Category.BRIDGE));
        codes.forEach(code -> assertThat(code.get("category").asText()).isEqualTo("BRIDGE"));
        assertThat(tenants.outLines()).hasSize(1 + List.of(ErrorCode.values())
                .count(code -> code.category() == Category.TENANT_REGISTRATION));
    }

    @Test
    void explain_tells_the_message_and_remediation_with_their_values_named_and_how_to_reproduce_the_code() {
        CliRun explained = StackCli.run("errors", "explain", "RequestTimedOut", "--lang", "en");

        assertThat(explained.exitCode()).as(explained.err()).isZero();
        assertThat(explained.out())
                .contains("Category: Azure Bridge", "HTTP status: none", "Recovery: retry")
                .contains("The request to <endpoint> went out", "<timeoutSeconds>")
                .contains("stackbridge azure faults add --preset usage-timeout", "stackbridge lab start request-timed-out")
                .doesNotContain("{0}", "{1}");
    }

    @Test
    void explain_speaks_french_and_reads_a_code_in_any_case() {
        CliRun explained = StackCli.run("errors", "explain", "networkerror", "--lang", "fr");

        assertThat(explained.exitCode()).as(explained.err()).isZero();
        assertThat(explained.outLines().get(0)).isEqualTo("NetworkError");
        assertThat(explained.out()).contains("Catégorie\u00a0: Pont Azure", "Que faire\u00a0:", "<endpoint>",
                "--preset network-down", "lab start network-error");
    }

    @Test
    void every_code_is_explained_in_json_with_the_documented_fields_and_no_raw_placeholder() throws Exception {
        for (ErrorCode code : ErrorCode.values()) {
            for (String language : java.util.List.of("en", "fr")) {
                CliRun explained = StackCli.run("errors", "explain", code.name(), "--lang", language, "--output", "json");
                assertThat(explained.exitCode()).as(code + " " + explained.err()).isZero();
                JsonNode entry = JSON.readTree(explained.out());
                assertThat(List.ofAll(entry::fieldNames)).containsExactly("code", "category", "httpStatus", "recovery", "retryable",
                        "placeholders", "message", "remediation", "faultPresets", "labs", "reproduce");
                assertThat(entry.get("code").asText()).isEqualTo(code.name());
                assertThat(entry.get("httpStatus").isNull()).isEqualTo(code.httpStatus().isEmpty());
                assertThat(entry.get("retryable").asBoolean()).isEqualTo(code.retryable());
                assertThat(entry.get("message").asText() + entry.get("remediation").asText()).as(code + " " + language)
                        .doesNotContain("{").isNotBlank();
            }
        }
    }

    @Test
    void an_unknown_code_is_a_usage_error_that_names_the_close_ones_and_prints_nothing_on_standard_output() {
        CliRun typo = StackCli.run("errors", "explain", "NetworkErorr", "--lang", "en");
        CliRun nothingClose = StackCli.run("errors", "explain", "Zzzzzzzzzzzzzzzzzzzzzzzzzz", "--lang", "en");

        assertThat(typo.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(typo.out()).isEmpty();
        assertThat(typo.err()).contains("NetworkErorr is not a code of the catalog. Did you mean NetworkError?");
        assertThat(nothingClose.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(nothingClose.err()).contains("stackbridge errors list shows them all");
    }

    @Test
    void placeholders_in_choices_and_formats_are_shown_by_name() {
        assertThat(PlaceholderNames.fill("Wait {0,choice,1#one second|1<{0,number,integer} seconds} for {1}.",
                List.of("retryAfterSeconds", "endpoint"))).isEqualTo("Wait <retryAfterSeconds> seconds for <endpoint>.");
    }
}
