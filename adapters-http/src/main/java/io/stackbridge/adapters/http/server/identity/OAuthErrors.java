package io.stackbridge.adapters.http.server.identity;

import io.stackbridge.adapters.http.server.pipeline.ErrorStatus;
import io.stackbridge.adapters.http.wire.OAuthError;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.error.ErrorCode;
import io.stackbridge.domain.error.ErrorMessages;
import io.stackbridge.domain.text.Language;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import io.vavr.control.Option;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * The one mapping from identity codes to the OAuth error the token endpoint answers with: its
 * {@code error} and AADSTS number; the status is the catalog's. Codes of other families (a fault
 * rule's answer) become {@code temporarily_unavailable}, {@code server_error} or {@code invalid_request}.
 */
public final class OAuthErrors {

    private static final Map<ErrorCode, Tuple2<String, Integer>> IDENTITY = HashMap.of(
            ErrorCode.InvalidClientSecret, Tuple.of("invalid_client", 7000215),
            ErrorCode.UnknownClient, Tuple.of("unauthorized_client", 700016),
            ErrorCode.DisabledClient, Tuple.of("unauthorized_client", 7000112),
            ErrorCode.UnknownTenant, Tuple.of("invalid_request", 90002),
            ErrorCode.InvalidScope, Tuple.of("invalid_scope", 500011),
            ErrorCode.UnsupportedGrantType, Tuple.of("unsupported_grant_type", 70003));

    private OAuthErrors() {
    }

    /** The OAuth error body of {@code error}, its description in {@code language}. */
    public static OAuthError of(DomainError error, Language language, String correlationId) {
        Option<Tuple2<String, Integer>> known = IDENTITY.get(error.code());
        String message = ErrorMessages.message(error, language);
        String timestamp = DateTimeFormatter.ISO_INSTANT.format(Instant.now().truncatedTo(ChronoUnit.SECONDS)).replace("T", " ");
        return known
                .map(entry -> new OAuthError(entry._1, "AADSTS" + entry._2 + ": " + message, List.of(entry._2), timestamp,
                        UUID.randomUUID().toString(), correlationId))
                .getOrElse(() -> new OAuthError(otherError(ErrorStatus.of(error)), message, List.of(), timestamp,
                        UUID.randomUUID().toString(), correlationId));
    }

    /** Whether {@code code} is one the token endpoint maps to its own OAuth error and AADSTS number. */
    public static boolean isIdentity(ErrorCode code) {
        return IDENTITY.containsKey(code);
    }

    private static String otherError(int status) {
        if (status == 429 || status == 503) {
            return "temporarily_unavailable";
        }
        return status >= 500 ? "server_error" : "invalid_request";
    }
}
