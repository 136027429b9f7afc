package io.stackbridge.adapters.fakeazure.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stackbridge.domain.registration.NodeHardware;
import io.stackbridge.domain.validation.Rule;
import io.stackbridge.domain.validation.ValueType;
import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/**
 * The {@code hardwareInfo} array of registration tokens and activation keys: objects with
 * {@code name}, {@code uuid}, {@code numCores} and the string arrays {@code bios}, {@code nic},
 * {@code cpu}, {@code disk}, {@code memory} (a missing array is empty).
 */
public final class HardwareJson {

    public static final String FIELD = "hardwareInfo";
    public static final ValueType AN_INTEGER = ValueType.INTEGER;
    public static final ValueType AN_ARRAY_OF_TEXT = ValueType.ARRAY_OF_TEXT;

    private HardwareJson() {
    }

    public static ArrayNode write(List<NodeHardware> nodes) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        nodes.forEach(node -> {
            ObjectNode entry = array.addObject().put("name", node.name()).put("uuid", node.uuid()).put("numCores", node.numCores());
            strings(entry, "bios", node.bios());
            strings(entry, "nic", node.nic());
            strings(entry, "cpu", node.cpu());
            strings(entry, "disk", node.disk());
            strings(entry, "memory", node.memory());
        });
        return array;
    }

    /** Reads the array found at {@code path}; every problem names its place ({@code hardwareInfo[1].numCores}). */
    public static Validation<Seq<Violation>, List<NodeHardware>> read(JsonNode value, String path) {
        if (!value.isArray() || !List.ofAll(value).forAll(JsonNode::isObject)) {
            return Violation.invalid(path, JsonTrees.excerpt(value), Rule.WRONG_TYPE, JsonFields.AN_ARRAY_OF_OBJECTS);
        }
        List<Validation<Seq<Violation>, NodeHardware>> nodes =
                List.range(0, value.size()).map(index -> node(new JsonFields(value.get(index), path + "[" + index + "]")));
        Seq<Violation> problems = nodes.flatMap(node -> node.isInvalid() ? node.getError() : List.empty());
        return problems.isEmpty() ? Validation.valid(nodes.map(Validation::get)) : Validation.invalid(problems);
    }

    private static Validation<Seq<Violation>, NodeHardware> node(JsonFields f) {
        var name = f.optionalText("name");
        var uuid = f.optionalText("uuid");
        var cores = cores(f);
        var bios = strings(f, "bios");
        var nic = strings(f, "nic");
        var cpu = strings(f, "cpu");
        var disk = strings(f, "disk");
        var memory = strings(f, "memory");
        return Violation.check(JsonFields.problems(name, uuid, cores, bios, nic, cpu, disk, memory),
                () -> new NodeHardware(name.get().getOrElse(""), uuid.get().getOrElse(""), cores.get(),
                        bios.get(), nic.get(), cpu.get(), disk.get(), memory.get()));
    }

    private static Validation<Seq<Violation>, Integer> cores(JsonFields f) {
        if (f.member("numCores").isEmpty()) {
            return Validation.valid(0);
        }
        JsonNode value = f.member("numCores").get();
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            return Violation.invalid(f.field("numCores"), JsonTrees.excerpt(value), Rule.WRONG_TYPE, AN_INTEGER);
        }
        return value.intValue() < 0
                ? Violation.invalid(f.field("numCores"), JsonTrees.excerpt(value), Rule.NEGATIVE)
                : Validation.valid(value.intValue());
    }

    private static Validation<Seq<Violation>, List<String>> strings(JsonFields f, String name) {
        if (f.member(name).isEmpty()) {
            return Validation.valid(List.empty());
        }
        JsonNode value = f.member(name).get();
        return value.isArray() && List.ofAll(value).forAll(JsonNode::isTextual)
                ? Validation.valid(List.ofAll(value).map(JsonNode::asText))
                : Violation.invalid(f.field(name), JsonTrees.excerpt(value), Rule.WRONG_TYPE, AN_ARRAY_OF_TEXT);
    }

    private static void strings(ObjectNode entry, String name, List<String> values) {
        ArrayNode array = entry.putArray(name);
        values.forEach(array::add);
    }
}
