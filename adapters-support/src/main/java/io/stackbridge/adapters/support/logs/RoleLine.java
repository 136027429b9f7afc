package io.stackbridge.adapters.support.logs;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of a role's log: when (the machine's clock, UTC), how much it matters, which component,
 * the correlation ID that ties it to a request or a bridge run, the error code ({@link #NO_CODE} when
 * all went well) and what happened, in English (logs are read by support, like Azure Stack Hub's).
 */
public record RoleLine(Instant at, LogLevel level, LogRole role, String correlation, String code, String message) {

    /** The code of a line that reports no error. */
    public static final String NO_CODE = "-";

    public RoleLine {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(role, "role");
        correlation = correlation == null || correlation.isBlank() ? NO_CODE : correlation;
        code = code == null || code.isBlank() ? NO_CODE : code;
        Objects.requireNonNull(message, "message");
    }
}
