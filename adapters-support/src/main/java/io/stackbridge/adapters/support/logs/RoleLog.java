package io.stackbridge.adapters.support.logs;

import java.time.Instant;

/**
 * Where the stamp's components write their log lines. Never hand it a secret (client secret, access
 * token, client assertion, activation key): the files mask what looks like one, as a last guard only.
 */
@FunctionalInterface
public interface RoleLog {

    /** Writes nothing: a stamp whose logs are not kept. */
    RoleLog NONE = line -> { };

    void write(RoleLine line);

    default void info(LogRole role, String correlation, String message) {
        write(new RoleLine(Instant.now(), LogLevel.INFO, role, correlation, RoleLine.NO_CODE, message));
    }

    default void warn(LogRole role, String correlation, String code, String message) {
        write(new RoleLine(Instant.now(), LogLevel.WARN, role, correlation, code, message));
    }

    default void error(LogRole role, String correlation, String code, String message) {
        write(new RoleLine(Instant.now(), LogLevel.ERROR, role, correlation, code, message));
    }
}
