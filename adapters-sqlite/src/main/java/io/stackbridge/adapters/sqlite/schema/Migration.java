package io.stackbridge.adapters.sqlite.schema;

import java.util.Objects;

/** One step of the schema: the version it brings the database to, what it adds, and its SQL script (a class-path resource). */
public record Migration(int version, String description, String script) {

    public Migration {
        if (version < 1) {
            throw new IllegalArgumentException("versions start at 1: " + version);
        }
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(script, "script");
    }
}
