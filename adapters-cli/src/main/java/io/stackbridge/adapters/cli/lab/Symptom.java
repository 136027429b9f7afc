package io.stackbridge.adapters.cli.lab;

import io.stackbridge.domain.bridge.BridgeFailure;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.error.ErrorCode;
import io.stackbridge.domain.error.ErrorMessages;
import io.stackbridge.domain.text.Language;

import java.util.Objects;

/** What an operator meets when something fails: the code, and its message on one line, in the chosen language. */
record Symptom(ErrorCode code, String message) {

    Symptom {
        Objects.requireNonNull(code, "code");
        message = message.replaceAll("\\s*\\R\\s*", " ").trim();
    }

    static Symptom of(DomainError error, Language language) {
        return new Symptom(error.code(), ErrorMessages.describe(error, language).message());
    }

    static Symptom of(BridgeFailure failure, Language language) {
        return new Symptom(failure.code(), failure.describe(language).message());
    }
}
