package io.stackbridge.domain.error;

import io.stackbridge.domain.text.Language;
import io.stackbridge.domain.text.MessageBundle;

/** Renders an error's message and remediation from the bundles ({@code <Code>.message}, {@code <Code>.remediation}). */
public final class ErrorMessages {

    private ErrorMessages() {
    }

    public static LocalizedText describe(DomainError error, Language language) {
        return new LocalizedText(message(error, language), remediation(error, language));
    }

    public static String message(DomainError error, Language language) {
        return MessageBundle.format(language, messageKey(error.code()), error.arguments());
    }

    public static String remediation(DomainError error, Language language) {
        return MessageBundle.format(language, remediationKey(error.code()), error.arguments());
    }

    public static String messageKey(ErrorCode code) {
        return code.name() + ".message";
    }

    public static String remediationKey(ErrorCode code) {
        return code.name() + ".remediation";
    }
}
