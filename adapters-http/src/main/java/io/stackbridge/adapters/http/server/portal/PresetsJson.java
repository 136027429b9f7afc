package io.stackbridge.adapters.http.server.portal;

import io.stackbridge.domain.fault.FaultPreset;
import io.stackbridge.domain.fault.FaultRule;
import io.stackbridge.domain.text.Language;
import io.stackbridge.domain.text.MessageBundle;
import io.vavr.collection.List;

/**
 * {@code GET /azure/presets}: every fault preset, the code it makes a client meet, whether it is on (a
 * rule under its name is in force), and what it reproduces in the reader's language.
 */
public record PresetsJson(java.util.List<Preset> presets) {

    /** One preset; {@code operation} is the one operation its rule matches, or null when it matches every call. */
    public record Preset(String name, String code, boolean on, String description, String operation) {
    }

    /** The bundle key of a preset's description. */
    static String descriptionKey(FaultPreset preset) {
        return "preset." + preset.presetName() + ".description";
    }

    static PresetsJson from(List<FaultRule> inForce, Language language) {
        return new PresetsJson(List.of(FaultPreset.values()).map(preset -> new Preset(preset.presetName(), preset.reproduces().name(),
                isOn(preset, inForce), MessageBundle.format(language, descriptionKey(preset), List.empty()),
                preset.rule().match().operation().map(Enum::name).getOrNull())).toJavaList());
    }

    /** On while a rule under the preset's name is in force (the ID {@code faults add --preset} gives it). */
    static boolean isOn(FaultPreset preset, List<FaultRule> inForce) {
        return inForce.exists(rule -> rule.id().equalsIgnoreCase(preset.presetName()));
    }
}
