package io.stackbridge.domain.error;

import io.vavr.collection.List;
import io.vavr.control.Option;

/**
 * Every failure the product reports, one record per code, grouped by category. A record carries
 * the values its message needs; {@link #arguments()} gives them in the order of the message
 * placeholders ({0}, {1}, …) and {@link ErrorMessages} renders them in English or French.
 */
public sealed interface DomainError
        permits BridgeError, TenantRegistrationError, RegistrationError, StampError, UsageApiError, UsageServiceError, IdentityError, ArmError {

    /** The catalog entry: by construction the record's simple name is its code. */
    default ErrorCode code() {
        return ErrorCode.valueOf(getClass().getSimpleName());
    }

    /** The values for the message and remediation placeholders, in order. */
    List<Object> arguments();

    /** What the error is about (a field, a path segment), for the ARM envelope's {@code target}. */
    default Option<String> target() {
        return Option.none();
    }
}
