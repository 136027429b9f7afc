package io.stackbridge.adapters.support.json;

import io.stackbridge.domain.validation.Rule;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class JsonTreesTest {

    /** Found by the parser fuzz test: Jackson threw NumberFormatException out of the parse. */
    @Test
    void a_number_whose_exponent_jackson_cannot_hold_is_a_malformed_document() {
        String json = "[999999999999991e309999999999, 2]";

        assertThat(JsonTrees.parse(json.getBytes(StandardCharsets.UTF_8), "body", "").getLeft().rule())
                .isEqualTo(Rule.MALFORMED_DOCUMENT);
        assertThat(JsonTrees.parse(json, "body", "").getLeft().rule()).isEqualTo(Rule.MALFORMED_DOCUMENT);
    }

    @Test
    void text_is_parsed_as_text_so_an_escaped_lone_surrogate_is_kept() {
        assertThat(JsonTrees.parse("{\"a\":\"x\\ud800y\"}", "body", "").get().get("a").textValue()).isEqualTo("x\ud800y");
    }

    /** Found by the parser fuzz test: quoting 1e404040400 back wrote 404 million zeros (13 s, 400 MB). */
    @Test
    void a_decimal_with_a_huge_exponent_is_quoted_in_scientific_form_at_once() {
        var tree = JsonTrees.parse("{\"big\":1e404040400,\"tiny\":1e-404040400,\"usual\":1.50}", "body", "").get();

        assertTimeoutPreemptively(Duration.ofSeconds(1), () -> {
            assertThat(JsonTrees.scalarText(tree.get("big"))).isEqualTo("1E+404040400");
            assertThat(JsonTrees.excerpt(tree.get("tiny"))).isEqualTo("1E-404040400");
        });
        assertThat(JsonTrees.scalarText(tree.get("usual"))).isEqualTo("1.50");
    }
}
