package io.stackbridge.adapters.sqlite.text;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The text forms of stored values: JSON maps and lists, fixed-width instants. */
class JsonTextTest {

    @Test
    void a_map_comes_back_with_its_order_and_any_character() {
        Map<String, String> tags = LinkedHashMap.of("z", "a=b&c", "", "", "é", "100% \n");

        assertThat(JsonText.toMap(JsonText.ofMap(tags)).toList()).isEqualTo(tags.toList());
        assertThat(JsonText.ofMap(LinkedHashMap.empty())).isEqualTo("{}");
        assertThat(JsonText.toMap("{}")).isEmpty();
    }

    @Test
    void an_empty_list_and_a_list_of_one_empty_string_differ() {
        assertThat(JsonText.toList(JsonText.ofList(List.empty()))).isEmpty();
        assertThat(JsonText.toList(JsonText.ofList(List.of("")))).containsExactly("");
        assertThat(JsonText.toList(JsonText.ofList(List.of("a&b", "v=1", "a")))).containsExactly("a&b", "v=1", "a");
    }

    @Test
    void the_columns_are_plain_json_in_order() {
        assertThat(JsonText.ofList(List.of("Intel \"Xeon\"", "é"))).isEqualTo("[\"Intel \\\"Xeon\\\"\",\"é\"]");
        assertThat(JsonText.ofMap(LinkedHashMap.of("z", "1", "a", "2"))).isEqualTo("{\"z\":\"1\",\"a\":\"2\"}");
        assertThat(JsonText.ofList(List.empty())).isEqualTo("[]");
    }

    @Test
    void instants_have_one_width_so_that_text_order_is_time_order() {
        Instant whole = Instant.parse("2026-11-21T10:00:00Z");
        Instant later = whole.plusNanos(500_000_000);

        assertThat(StoredInstant.text(whole)).isEqualTo("2026-11-21T10:00:00.000000000Z");
        assertThat(StoredInstant.text(whole)).isLessThan(StoredInstant.text(later));
        assertThat(StoredInstant.parse(StoredInstant.text(later.plusNanos(1)))).isEqualTo(later.plusNanos(1));
    }
}
