package io.stackbridge.adapters.cli.errors;

import io.stackbridge.adapters.cli.lab.LabName;
import io.stackbridge.domain.error.ErrorCode;
import io.stackbridge.domain.error.ErrorMessages;
import io.stackbridge.domain.fault.FaultPreset;
import io.stackbridge.domain.text.Language;
import io.stackbridge.domain.text.MessageBundle;

import java.util.List;

/**
 * One code of the catalog as {@code errors list} and {@code errors explain} print it (and as its JSON
 * document reads, field by field): the message and remediation patterns with their placeholders named
 * ({@code <endpoint>}), and the commands that make it happen on purpose.
 */
record CatalogEntry(String code, String category, Integer httpStatus, String recovery, boolean retryable,
                    List<String> placeholders, String message, String remediation, List<String> faultPresets,
                    List<String> labs, List<String> reproduce) {

    static final String PRESET_COMMAND = "stackbridge azure faults add --preset ";
    static final String LAB_COMMAND = "stackbridge lab start ";

    static CatalogEntry of(ErrorCode code, Language language) {
        List<String> presets = FaultPreset.reproducing(code).map(FaultPreset::presetName).toJavaList();
        List<String> labs = LabName.forCode(code).map(LabName::labName).toJavaList();
        List<String> reproduce = io.vavr.collection.List.ofAll(presets).map(PRESET_COMMAND::concat)
                .appendAll(io.vavr.collection.List.ofAll(labs).map(LAB_COMMAND::concat)).toJavaList();
        return new CatalogEntry(code.name(), code.category().name(), code.httpStatus().getOrNull(), code.recovery().name(),
                code.retryable(), code.placeholders().toJavaList(), named(code, language, ErrorMessages.messageKey(code)),
                named(code, language, ErrorMessages.remediationKey(code)), presets, labs, reproduce);
    }

    private static String named(ErrorCode code, Language language, String key) {
        return PlaceholderNames.fill(MessageBundle.pattern(language, key).get(), code.placeholders());
    }
}
