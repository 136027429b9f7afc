package io.stackbridge.adapters.sqlite.db;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A test's database file ({@code stamp.db} in a directory of its own), registered with
 * {@code @RegisterExtension}: opened when the test asks, opened again to show what survives a
 * restart, closed and deleted after the test.
 */
public final class DatabaseFile implements AfterEachCallback {

    private Path directory;
    private SqliteDatabase database;

    /** The database, opened (and created, at the newest schema) on the first call of the test. */
    public SqliteDatabase open() {
        if (database == null) {
            database = SqliteDatabase.open(file());
        }
        return database;
    }

    /** Closes the database and opens the same file again, as a restarted process would. */
    public SqliteDatabase reopen() {
        close();
        return open();
    }

    private Path file() {
        try {
            if (directory == null) {
                directory = Files.createTempDirectory("stackbridge-db-");
            }
            return directory.resolve("stamp.db");
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private void close() {
        if (database != null) {
            database.close();
            database = null;
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        close();
        if (directory != null) {
            try (Stream<Path> paths = Files.walk(directory)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
