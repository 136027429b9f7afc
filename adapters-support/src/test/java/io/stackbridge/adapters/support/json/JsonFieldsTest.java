package io.stackbridge.adapters.support.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.stackbridge.domain.id.SubscriptionId;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The one JSON reader: one pass reports every problem, each named by its JSON path. */
class JsonFieldsTest {

    private static JsonNode json(String text) {
        return JsonTrees.parse(text.getBytes(StandardCharsets.UTF_8), "test", "").get();
    }

    private static Seq<String> named(JsonFields fields) {
        return fields.problems().map(problem -> problem.field() + " " + problem.rule());
    }

    @Test
    void readers_of_nested_objects_and_array_entries_report_to_the_same_problems() {
        JsonFields body = JsonFields.root(json("""
                {"name": 4, "items": [{"count": "x"}, 3, {"count": 2}], "tags": {"a": "b", "c": 1}}"""));

        body.text("name");
        Option<List<Long>> counts = body.requiredObjects("items", item -> item.requiredInteger("count"));
        body.textMap("tags");

        assertThat(counts.isEmpty()).isTrue();
        assertThat(named(body)).containsExactly("name WRONG_TYPE", "items[0].count WRONG_TYPE", "items[1] WRONG_TYPE",
                "tags.c WRONG_TYPE");
    }

    @Test
    void required_text_may_be_blank_but_filled_text_may_not() {
        JsonFields fields = JsonFields.at(json("{\"a\": \" \", \"b\": \" \"}"), "entries[0]");

        assertThat(fields.requiredText("a").get()).isEqualTo(" ");
        assertThat(fields.filledText("b").isEmpty()).isTrue();
        assertThat(fields.filledText("c").isEmpty()).isTrue();
        assertThat(named(fields)).containsExactly("entries[0].b REQUIRED", "entries[0].c REQUIRED");
    }

    @Test
    void an_optional_array_is_empty_when_absent_and_unknown_members_are_reported_except_comments() {
        JsonFields fields = JsonFields.at(json("{\"$comment\": \"x\", \"extra\": 1, \"ids\": [{\"id\": \"not-a-guid\"}]}"), "");

        assertThat(fields.objects("absent", entry -> Option.some(1)).get()).isEmpty();
        fields.objects("ids", entry -> entry.parsed("id", SubscriptionId::parse));
        fields.rejectUnknownMembers(List.of("ids", "absent"));

        assertThat(named(fields)).containsExactly("ids[0].id NOT_A_GUID", "extra UNKNOWN_VALUE");
    }

    @Test
    void a_boolean_has_its_default_when_absent_and_is_wrong_type_when_it_is_not_one() {
        JsonFields fields = JsonFields.at(json("{\"on\": \"yes\"}"), "");

        assertThat(fields.bool("off", true).get()).isTrue();
        assertThat(fields.bool("on", true).isEmpty()).isTrue();
        assertThat(named(fields)).containsExactly("on WRONG_TYPE");
    }
}
