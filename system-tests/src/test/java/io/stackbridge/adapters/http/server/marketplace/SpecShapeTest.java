package io.stackbridge.adapters.http.server.marketplace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The shape check can fail: a member missing, spelled in another case, of another type, or an element with no counterpart. */
class SpecShapeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void a_matching_answer_may_add_members_and_leave_an_array_empty() throws Exception {
        JsonNode example = JSON.readTree("{\"a\":\"x\",\"n\":1,\"list\":[{\"id\":\"/p/one\",\"b\":true}],\"issues\":[\"X\"]}");
        JsonNode answer = JSON.readTree("{\"a\":\"y\",\"n\":2,\"extra\":0,\"list\":[{\"id\":\"/p/two\",\"b\":false},{\"id\":\"/p/one\",\"b\":true}],"
                + "\"issues\":[]}");

        assertThat(SpecShape.mismatches(example, answer)).isEmpty();
    }

    @Test
    void a_missing_member_another_case_another_type_or_a_wrong_element_is_reported_by_path() throws Exception {
        JsonNode example = JSON.readTree("{\"isCompatible\":true,\"payloadLength\":46959,\"list\":[{\"id\":\"/p/one\",\"uri\":\"u\"}]}");
        JsonNode answer = JSON.readTree("{\"IsCompatible\":true,\"payloadLength\":\"46959\",\"list\":[{\"id\":\"/p/one\",\"uri\":1}]}");

        assertThat(SpecShape.mismatches(example, answer)).containsExactly("$.isCompatible is missing",
                "$.payloadLength is string, the example has a whole number", "$.list[0].uri is a whole number, the example has string");
    }
}
