package io.stackbridge.adapters.support.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.stackbridge.domain.text.Language;
import io.stackbridge.domain.text.MessageBundle;
import io.stackbridge.domain.validation.Rule;
import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.Seq;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A member that holds a secret is never quoted back, whatever is wrong with it; other members still are. */
class JsonSecretsTest {

    private static final String SECRET = "Sb~9f2.leak";

    private static JsonNode json(String text) {
        return JsonTrees.parse(text, "test", "").get();
    }

    private static String shown(Seq<Violation> problems) {
        return problems.map(problem -> MessageBundle.show(Language.EN, problem) + " | " + MessageBundle.show(Language.FR, problem)
                + " | " + problem.value()).mkString("\n");
    }

    @Test
    void a_secret_of_the_wrong_type_is_named_without_its_value() {
        JsonFields body = JsonSecrets.root(json("{\"secret\": [\"" + SECRET + "\"], \"pin\": 20240917, \"name\": 42}"));

        JsonSecrets.text(body, "secret");
        JsonSecrets.required(body, "pin");
        body.text("name");

        assertThat(body.problems().map(Violation::rule)).containsExactly(Rule.SECRET_WRONG_TYPE, Rule.SECRET_WRONG_TYPE, Rule.WRONG_TYPE);
        assertThat(shown(body.problems())).doesNotContain(SECRET).doesNotContain("20240917").contains("secret", "pin", "“42”")
                .contains("may hold a secret", "peut contenir un secret");
    }

    @Test
    void a_document_that_is_no_object_is_not_quoted_back() {
        JsonFields body = JsonSecrets.root(json("[{\"secret\": \"" + SECRET + "\"}]"));

        assertThat(body.problems().map(Violation::rule)).containsExactly(Rule.SECRET_WRONG_TYPE);
        assertThat(shown(body.problems())).doesNotContain(SECRET).contains("body");
    }

    @Test
    void a_filled_secret_must_be_there_and_not_blank() {
        JsonFields body = JsonSecrets.root(json("{\"blank\": \"  \", \"given\": \"" + SECRET + "\"}"));

        assertThat(JsonSecrets.filled(body, "blank").isEmpty()).isTrue();
        assertThat(JsonSecrets.filled(body, "missing").isEmpty()).isTrue();
        assertThat(JsonSecrets.filled(body, "given").get()).isEqualTo(SECRET);
        assertThat(body.problems().map(problem -> problem.field() + " " + problem.rule())).containsExactly("blank REQUIRED", "missing REQUIRED");
    }
}
