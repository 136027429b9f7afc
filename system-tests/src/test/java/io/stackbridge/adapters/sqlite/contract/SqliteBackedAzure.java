package io.stackbridge.adapters.sqlite.contract;

import io.stackbridge.adapters.cli.wiring.DurableAzureComponent;
import io.stackbridge.adapters.fakeazure.contract.ComposedFakeAzure;
import io.stackbridge.adapters.fakeazure.wiring.FakeAzureSettings;
import io.stackbridge.adapters.sqlite.db.SqliteDatabase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The fake Azure as {@code serve --data-dir} composes it ({@link DurableAzureComponent}), as an Azure
 * under test: its state in a SQLite file of a fresh temporary directory (removed on close), and a
 * restart on the same file.
 */
public final class SqliteBackedAzure extends ComposedFakeAzure<DurableAzureComponent> {

    private final Path directory;
    private final SqliteDatabase database;

    private SqliteBackedAzure(Path directory, SqliteDatabase database) {
        super(DurableAzureComponent.open(FakeAzureSettings.defaults(), database));
        this.directory = directory;
        this.database = database;
    }

    /** A fresh durable fake on the default world. */
    public static SqliteBackedAzure start() {
        try {
            Path directory = Files.createTempDirectory("stackbridge-durable-");
            return new SqliteBackedAzure(directory, SqliteDatabase.open(directory.resolve("emulator.db")));
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** The same Azure after a restart: the database closed, opened again, and a new fake built over it. */
    public SqliteBackedAzure restarted() {
        database.close();
        return new SqliteBackedAzure(directory, SqliteDatabase.open(directory.resolve("emulator.db")));
    }

    /** Closes the database and removes its directory. */
    @Override
    public void close() {
        database.close();
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
