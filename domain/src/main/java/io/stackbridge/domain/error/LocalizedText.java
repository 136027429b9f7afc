package io.stackbridge.domain.error;

/** An error told to a person: what happened, and what to do about it, in one language. */
public record LocalizedText(String message, String remediation) {
}
