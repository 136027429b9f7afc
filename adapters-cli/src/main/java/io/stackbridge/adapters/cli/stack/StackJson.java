package io.stackbridge.adapters.cli.stack;

import io.stackbridge.domain.bridge.BridgeFailure;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.error.ErrorMessages;
import io.stackbridge.domain.error.LocalizedText;
import io.stackbridge.domain.text.Language;
import io.vavr.control.Option;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The parts the stack side's JSON documents share (docs/cli.md, "The stack side"): an error as its
 * code, message and remediation; the bridge's failure with when, attempts and endpoint; absent values
 * as {@code null}, instants as ISO-8601 text.
 */
public final class StackJson {

    private StackJson() {
    }

    /** A fresh document whose fields keep the order they are put in. */
    public static Map<String, Object> document() {
        return new LinkedHashMap<>();
    }

    public static Map<String, Object> error(DomainError error, Language language) {
        LocalizedText told = ErrorMessages.describe(error, language);
        Map<String, Object> json = document();
        json.put("code", error.code().name());
        json.put("message", told.message());
        json.put("remediation", told.remediation());
        return json;
    }

    public static Map<String, Object> failure(BridgeFailure failure, Language language) {
        LocalizedText told = failure.describe(language);
        Map<String, Object> json = document();
        json.put("code", failure.code().name());
        json.put("at", failure.at().toString());
        json.put("attempts", failure.attempts());
        json.put("endpoint", failure.endpoint());
        json.put("message", told.message());
        json.put("remediation", told.remediation());
        return json;
    }

    /** {@code value} as text, or {@code null}. */
    public static String text(Option<?> value) {
        return value.map(Object::toString).getOrNull();
    }
}
