package io.stackbridge.adapters.cli.wiring;

import java.nio.file.Files;
import java.nio.file.Path;

/** What the files of a SQLite database in WAL mode tell: its write-ahead log exists while a connection is open, and is removed by the last close. */
final class DatabaseFiles {

    private DatabaseFiles() {
    }

    /** True when no connection to {@code database} is open (the last one closed removed its write-ahead log). */
    static boolean closed(Path database) {
        return !Files.exists(database.resolveSibling(database.getFileName() + "-wal"));
    }
}
