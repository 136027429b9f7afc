package io.stackbridge.domain.bridge;

import io.stackbridge.domain.error.BridgeError.CertificateValidationError;
import io.stackbridge.domain.error.BridgeError.LoginError;
import io.stackbridge.domain.error.BridgeError.NetworkError;
import io.stackbridge.domain.error.BridgeError.RequestTimedOut;
import io.stackbridge.domain.error.BridgeError.Unauthorized;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.error.ErrorMessages;
import io.stackbridge.domain.text.Language;

import io.vavr.control.Option;

import java.time.Duration;

/**
 * How the bridge names a failure (docs/domain.md §8), shared by every adapter that reaches Azure so that
 * the in-process fake and the HTTP client report the same code for the same situation.
 */
public final class BridgeClassifier {

    private BridgeClassifier() {
    }

    /** A failure to reach the usage service (or the registration provider). */
    public static DomainError transport(TransportFailure failure, String endpoint, Duration timeout, String cause) {
        return switch (failure) {
            case UNREACHABLE -> new NetworkError(endpoint, cause);
            case TIMED_OUT -> new RequestTimedOut(endpoint, timeout);
            case UNTRUSTED_CERTIFICATE -> new CertificateValidationError(endpoint, cause);
        };
    }

    /** Any failure of the token endpoint, unreachable or refusing, is a LoginError. */
    public static DomainError login(String endpoint, String cause) {
        return new LoginError(endpoint, cause);
    }


    /**
     * An answer of the usage service: a 401 or 403 refusal is {@code Unauthorized}; any other coded
     * answer (throttling, conflict, bad batch) keeps its own code.
     */
    public static DomainError usageRejection(String endpoint, DomainError rejection) {
        boolean refused = rejection.code().httpStatus().exists(status -> status == 401 || status == 403);
        return refused ? new Unauthorized(endpoint, oneLine(rejection), Option.some(rejection)) : rejection;
    }


    /** An error as one line for logs and causes: its code and its English message. */
    public static String oneLine(DomainError error) {
        return error.code().name() + ": " + ErrorMessages.message(error, Language.EN);
    }
}
