package io.stackbridge.adapters.http.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.stackbridge.domain.error.ErrorCode;
import io.vavr.Tuple;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.control.Option;

import java.util.List;

/**
 * The token endpoint's refusal: {@code {error, error_description, error_codes:[int], timestamp, trace_id, correlation_id}},
 * and the one table between identity codes and the OAuth {@code error} and AADSTS number Entra ID answers them with
 * (the emulator writes it, the token client reads it back).
 */
public record OAuthError(@JsonProperty("error") String error,
                         @JsonProperty("error_description") String errorDescription,
                         @JsonProperty("error_codes") List<Integer> errorCodes,
                         @JsonProperty("timestamp") String timestamp,
                         @JsonProperty("trace_id") String traceId,
                         @JsonProperty("correlation_id") String correlationId) {

    /** How Entra ID answers one identity code: the OAuth {@code error} and the AADSTS number. */
    public record Identity(String error, int aadsts) {
    }

    private static final Map<ErrorCode, Identity> IDENTITY = LinkedHashMap.ofEntries(
            Tuple.of(ErrorCode.InvalidClientSecret, new Identity("invalid_client", 7000215)),
            Tuple.of(ErrorCode.UnknownClient, new Identity("unauthorized_client", 700016)),
            Tuple.of(ErrorCode.DisabledClient, new Identity("unauthorized_client", 7000112)),
            Tuple.of(ErrorCode.UnknownTenant, new Identity("invalid_request", 90002)),
            Tuple.of(ErrorCode.InvalidScope, new Identity("invalid_scope", 500011)),
            Tuple.of(ErrorCode.UnsupportedGrantType, new Identity("unsupported_grant_type", 70003)),
            Tuple.of(ErrorCode.InvalidClientAssertion, new Identity("invalid_client", 700027)),
            Tuple.of(ErrorCode.UnknownCertificate, new Identity("invalid_client", 700027)),
            Tuple.of(ErrorCode.CertificateExpired, new Identity("invalid_client", 1000502)),
            Tuple.of(ErrorCode.ClientAssertionSubjectMismatch, new Identity("invalid_client", 700021)),
            Tuple.of(ErrorCode.ClientAssertionAudienceMismatch, new Identity("invalid_client", 700023)),
            Tuple.of(ErrorCode.ClientAssertionExpired, new Identity("invalid_client", 700024)),
            Tuple.of(ErrorCode.ClientAssertionReplayed, new Identity("invalid_client", 50013)),
            Tuple.of(ErrorCode.InvalidInstance, new Identity("invalid_instance", 50049)));

    public OAuthError {
        errorCodes = errorCodes == null ? List.of() : List.copyOf(errorCodes);
    }

    /** The first AADSTS number, 0 when none was sent. */
    public int firstErrorCode() {
        return errorCodes.isEmpty() ? 0 : errorCodes.get(0);
    }

    /** How the token endpoint answers {@code code}; none for a code that is not an identity code. */
    public static Option<Identity> identity(ErrorCode code) {
        return IDENTITY.get(code);
    }

    /** The identity code an AADSTS number stands for, if it is one of the table's. */
    public static Option<ErrorCode> codeOf(int aadsts) {
        return IDENTITY.find(entry -> entry._2.aadsts() == aadsts).map(entry -> entry._1);
    }
}
