package io.stackbridge.adapters.http.server.pipeline;

import io.stackbridge.domain.error.ArmError;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.error.ErrorCode;
import io.stackbridge.domain.error.UsageApiError;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;

/**
 * The one place that decides how a {@link DomainError} is answered over HTTP: its status (the
 * catalog's, 500 for codes that have none) and the headers it needs ({@code Retry-After} for
 * throttling, {@code WWW-Authenticate} for a refused token or admin key, {@code Allow} for a method not allowed).
 */
public final class ErrorStatus {

    /** The status of a code without one (the bridge's own classifications never reach a server). */
    public static final int NO_STATUS = 500;
    public static final String MANAGEMENT_RESOURCE = "https://management.azure.com/";
    /** The scheme a refused admin call's {@code WWW-Authenticate} names (no browser knows it: none opens its own sign-in box). */
    public static final String ADMIN_KEY_SCHEME = "StackBridge-Admin-Key";

    private ErrorStatus() {
    }

    public static int of(DomainError error) {
        return error.code().httpStatus().getOrElse(NO_STATUS);
    }

    /** Headers the error's status calls for; {@code loginBase} is where the token endpoint is served. */
    public static Map<String, String> headers(DomainError error, String loginBase) {
        Map<String, String> headers = LinkedHashMap.empty();
        if (error instanceof UsageApiError.ServiceUnavailable busy) {
            headers = headers.put("Retry-After", String.valueOf(busy.retryAfterSeconds()));
        }
        if (error instanceof ArmError.TooManyRequests throttled) {
            headers = headers.put("Retry-After", String.valueOf(throttled.retryAfterSeconds()));
        }
        if (error instanceof ArmError.MethodNotAllowed notAllowed) {
            headers = headers.put("Allow", notAllowed.allowed());
        }
        if (error.code() == ErrorCode.InvalidAuthenticationToken) {
            headers = headers.put("WWW-Authenticate", "Bearer authorization_uri=\"" + loginBase + "/common\", resource=\""
                    + MANAGEMENT_RESOURCE + "\"");
        }
        if (error.code() == ErrorCode.AdminKeyMissing || error.code() == ErrorCode.AdminKeyInvalid) {
            headers = headers.put("WWW-Authenticate", ADMIN_KEY_SCHEME + " header=\"" + ArmError.ADMIN_KEY_HEADER + "\"");
        }
        return headers;
    }
}
