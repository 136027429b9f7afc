package io.stackbridge.domain.bridge;

import io.stackbridge.domain.error.BridgeError;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.error.ErrorCode;
import io.stackbridge.domain.error.ErrorMessages;
import io.stackbridge.domain.error.LocalizedText;
import io.stackbridge.domain.text.Language;
import io.vavr.Tuple;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;

import java.time.Instant;
import java.util.Objects;

/**
 * One failure of the bridge as its status shows it: the code, when (stamp time), the underlying
 * cause in one line, the attempt it ended, the endpoint, and its message and remediation already
 * told in every language (so a durable store keeps them as text, without the error's values).
 */
public record BridgeFailure(ErrorCode code, Instant at, String cause, int attempts, String endpoint,
                            Map<Language, LocalizedText> texts) {

    public BridgeFailure {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(texts, "texts");
        if (attempts < 1 || !List.of(Language.values()).forAll(texts::containsKey)) {
            throw new IllegalArgumentException("a failure has an attempt and a text in every language");
        }
    }

    /** {@code error} at attempt {@code attempts}; a bridge error names its endpoint, any other is charged to {@code endpoint}. */
    public static BridgeFailure of(DomainError error, Instant at, int attempts, String endpoint) {
        String where = error instanceof BridgeError bridge ? bridge.endpoint() : endpoint;
        Map<Language, LocalizedText> texts = LinkedHashMap.ofEntries(List.of(Language.values())
                .map(language -> Tuple.of(language, ErrorMessages.describe(error, language))));
        return new BridgeFailure(error.code(), at, BridgeClassifier.oneLine(error), attempts, where, texts);
    }

    /**
     * The cause as a reader of {@code language} reads it. A cause made by {@link #of} is the code and the English
     * message ({@link BridgeClassifier#oneLine}): in another language, the code and that language's message, the
     * colon spaced as the language spaces it. Any other cause (kept by an older version) is shown as it was written.
     */
    public String cause(Language language) {
        String english = code.name() + ": " + describe(Language.EN).message();
        if (language == Language.EN || !cause.equals(english)) {
            return cause;
        }
        return code.name() + (language == Language.FR ? "\u00a0: " : ": ") + describe(language).message();
    }

    public LocalizedText describe(Language language) {
        return texts.get(language).getOrElse(() -> texts.get(Language.EN).get());
    }

    /** Whether another attempt could succeed by itself (the catalog's recovery for the code). */
    public boolean retryable() {
        return code.retryable();
    }
}
