package io.stackbridge.adapters.sqlite.db;

import java.util.Objects;

/** A failure of a SQLite store, with its code and a one-line reason that names the database. */
public final class SqliteStoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final StoreProblem code;

    public SqliteStoreException(StoreProblem code, String reason, Throwable cause) {
        super(reason, cause);
        this.code = Objects.requireNonNull(code, "code");
    }

    public SqliteStoreException(StoreProblem code, String reason) {
        this(code, reason, null);
    }

    public StoreProblem code() {
        return code;
    }

    /** The code and the reason on one line, as a command line shows it. */
    public String describe() {
        return code + ": " + getMessage();
    }
}
