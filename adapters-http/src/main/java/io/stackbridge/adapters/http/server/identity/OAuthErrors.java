package io.stackbridge.adapters.http.server.identity;

import io.stackbridge.adapters.http.server.pipeline.ErrorStatus;
import io.stackbridge.adapters.http.wire.OAuthError;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.error.ErrorMessages;
import io.stackbridge.domain.text.Language;
import io.vavr.control.Option;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * The token endpoint's error bodies: an identity code as the OAuth error and AADSTS number of
 * {@link OAuthError}'s table; the status is the catalog's. Codes of other families (a fault
 * rule's answer) become {@code temporarily_unavailable}, {@code server_error} or {@code invalid_request}.
 */
public final class OAuthErrors {

    private OAuthErrors() {
    }

    /** The OAuth error body of {@code error}, its description in {@code language}. */
    public static OAuthError of(DomainError error, Language language, String correlationId) {
        Option<OAuthError.Identity> known = OAuthError.identity(error.code());
        String message = ErrorMessages.message(error, language);
        String timestamp = DateTimeFormatter.ISO_INSTANT.format(Instant.now().truncatedTo(ChronoUnit.SECONDS)).replace("T", " ");
        return known
                .map(identity -> new OAuthError(identity.error(), "AADSTS" + identity.aadsts() + ": " + message,
                        List.of(identity.aadsts()), timestamp, UUID.randomUUID().toString(), correlationId))
                .getOrElse(() -> new OAuthError(otherError(ErrorStatus.of(error)), message, List.of(), timestamp,
                        UUID.randomUUID().toString(), correlationId));
    }

    private static String otherError(int status) {
        if (status == 429 || status == 503) {
            return "temporarily_unavailable";
        }
        return status >= 500 ? "server_error" : "invalid_request";
    }
}
