package io.stackbridge.adapters.http.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.stackbridge.domain.marketplace.Compatibility;
import io.stackbridge.domain.marketplace.CompatibilityIssue;
import io.stackbridge.domain.text.Language;
import io.stackbridge.domain.text.MessageBundle;

import java.util.List;

/**
 * The specification's {@code Compatibility}: whether the product fits, the first reason it does not
 * ({@code message}), every reason ({@code description}) in the caller's language, and the issues.
 * Both texts are empty when it fits, as in the specification's examples.
 */
public record ProductCompatibility(@JsonProperty("isCompatible") boolean isCompatible, String message, String description,
                                   List<String> issues) {

    public static ProductCompatibility from(Compatibility compatibility, Language language) {
        List<String> sentences = compatibility.findings().map(finding -> MessageBundle.show(language, finding)).toJavaList();
        return new ProductCompatibility(compatibility.isCompatible(), sentences.isEmpty() ? "" : sentences.get(0),
                String.join(" ", sentences), compatibility.issues().map(CompatibilityIssue::name).toJavaList());
    }
}
