package io.stackbridge.adapters.cli.wiring;

import dagger.Provides;
import dagger.multibindings.IntoSet;
import io.stackbridge.adapters.fakeazure.Resettable;
import io.stackbridge.adapters.fakeazure.world.CurrentWorld;
import io.stackbridge.adapters.sqlite.db.SqliteDatabase;
import io.stackbridge.adapters.sqlite.db.SqliteTransactions;
import io.stackbridge.adapters.sqlite.emulator.RecordingWorld;
import io.stackbridge.adapters.sqlite.emulator.SqliteEmulatorState;
import io.stackbridge.adapters.sqlite.emulator.SqliteWorldChanges;
import io.stackbridge.adapters.sqlite.wiring.SqliteEmulatorModule;
import io.stackbridge.application.port.out.ResetPort;
import io.stackbridge.application.port.out.WorldPort;
import io.stackbridge.domain.world.World;
import jakarta.inject.Singleton;

import java.util.Set;

/**
 * The fake Azure's state in SQLite, in place of its in-memory state module: the SQLite stores and
 * transactions, world changes kept in the database before they reach the world in memory, and a
 * reset that empties the tables, re-seeds them from the initial world and resets the fake's other
 * parts, all in one SQLite transaction.
 */
@dagger.Module(includes = SqliteEmulatorModule.class)
final class DurableStateModule {

    private DurableStateModule() {
    }

    @Provides
    @Singleton
    static WorldPort world(SqliteDatabase database, SqliteWorldChanges changes, CurrentWorld memory) {
        return new RecordingWorld(database, changes, memory);
    }

    @Provides
    @IntoSet
    static Resettable tables(SqliteEmulatorState tables, World initial) {
        return () -> tables.resetTo(initial);
    }

    @Provides
    static ResetPort reset(SqliteTransactions transactions, Set<Resettable> parts) {
        return () -> transactions.run(() -> parts.forEach(Resettable::reset));
    }
}
