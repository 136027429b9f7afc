package io.stackbridge.adapters.fakeazure.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stackbridge.adapters.support.json.JsonFields;
import io.stackbridge.adapters.support.json.JsonTrees;
import io.stackbridge.domain.registration.NodeHardware;
import io.stackbridge.domain.validation.Rule;
import io.stackbridge.domain.validation.ValueType;
import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.List;
import io.vavr.control.Option;

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

    /** Reads the array found at {@code path}; every problem names its place ({@code hardwareInfo[1].numCores}) and goes to {@code f}. */
    public static Option<List<NodeHardware>> read(JsonFields f, JsonNode value, String path) {
        if (!value.isArray() || !List.ofAll(value).forAll(JsonNode::isObject)) {
            f.report(Violation.of(path, JsonTrees.excerpt(value), Rule.WRONG_TYPE, ValueType.ARRAY_OF_OBJECTS));
            return Option.none();
        }
        List<Option<NodeHardware>> nodes = List.range(0, value.size()).map(index -> node(f.nested(value.get(index), path + "[" + index + "]")));
        return nodes.forAll(Option::isDefined) ? Option.some(nodes.map(Option::get)) : Option.none();
    }

    private static Option<NodeHardware> node(JsonFields f) {
        var name = f.text("name");
        var uuid = f.text("uuid");
        var cores = cores(f);
        var bios = strings(f, "bios");
        var nic = strings(f, "nic");
        var cpu = strings(f, "cpu");
        var disk = strings(f, "disk");
        var memory = strings(f, "memory");
        return List.<Option<?>>of(cores, bios, nic, cpu, disk, memory).forAll(Option::isDefined)
                ? Option.some(new NodeHardware(name.getOrElse(""), uuid.getOrElse(""), cores.get(),
                        bios.get(), nic.get(), cpu.get(), disk.get(), memory.get()))
                : Option.none();
    }

    private static Option<Integer> cores(JsonFields f) {
        if (f.member("numCores").isEmpty()) {
            return Option.some(0);
        }
        JsonNode value = f.member("numCores").get();
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            f.report(Violation.of("numCores", JsonTrees.excerpt(value), Rule.WRONG_TYPE, AN_INTEGER));
            return Option.none();
        }
        if (value.intValue() < 0) {
            f.report(Violation.of("numCores", JsonTrees.excerpt(value), Rule.NEGATIVE));
            return Option.none();
        }
        return Option.some(value.intValue());
    }

    private static Option<List<String>> strings(JsonFields f, String name) {
        if (f.member(name).isEmpty()) {
            return Option.some(List.empty());
        }
        JsonNode value = f.member(name).get();
        if (value.isArray() && List.ofAll(value).forAll(JsonNode::isTextual)) {
            return Option.some(List.ofAll(value).map(JsonNode::asText));
        }
        f.report(Violation.of(name, JsonTrees.excerpt(value), Rule.WRONG_TYPE, AN_ARRAY_OF_TEXT));
        return Option.none();
    }

    private static void strings(ObjectNode entry, String name, List<String> values) {
        ArrayNode array = entry.putArray(name);
        values.forEach(array::add);
    }
}
