package io.stackbridge.adapters.support.json;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import io.stackbridge.domain.fuzz.FuzzRun;
import io.stackbridge.domain.fuzz.Outcomes;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one JSON reader, fuzzed: any document parses to a tree or a MALFORMED_DOCUMENT violation, and
 * every accessor of {@link JsonFields} on any member of it answers a value or a reported problem.
 */
class JsonFieldsFuzzTest {

    static void property(String json) {
        JsonTrees.parse(json.getBytes(StandardCharsets.UTF_8), "body", "").fold(
                malformed -> assertThat(malformed.rule()).isNotNull(),
                tree -> {
                    readEveryWay(JsonFields.root(tree), tree);
                    return null;
                });
    }

    /** Every accessor on every member name the document has (and one it lacks), one level down as well. */
    private static void readEveryWay(JsonFields f, JsonNode tree) {
        List<String> names = tree.isObject() ? List.ofAll(tree::fieldNames).append("absent") : List.of("absent");
        for (String name : names) {
            f.text(name);
            f.requiredText(name);
            f.filledText(name);
            f.bool(name, true);
            f.requiredBool(name);
            f.requiredNumber(name);
            f.requiredInteger(name);
            f.requiredTime(name);
            f.textMap(name);
            f.objects(name, element -> element.text("name"));
            f.requiredObjects(name, element -> Option.some(element.problems().size()));
            f.requiredObject(name).forEach(inner -> List.ofAll(tree.get(name)::fieldNames).forEach(inner::requiredTime));
        }
        f.rejectUnknownMembers(List.of("known"));
        Outcomes.coded(f.result(() -> "read"));
        f.problems().forEach(problem -> assertThat(problem.field()).isNotNull());
    }

    @Test
    void every_document_is_read_every_way_without_an_exception() {
        FuzzRun.check("json-fields", JsonFieldsFuzzTest::property);
    }

    @EnabledIfEnvironmentVariable(named = "JAZZER_FUZZ", matches = ".+")
    @FuzzTest(maxDuration = FuzzRun.JAZZER_DURATION)
    void coverage_guided(byte[] input) {
        property(new String(input, StandardCharsets.UTF_8));
    }
}
