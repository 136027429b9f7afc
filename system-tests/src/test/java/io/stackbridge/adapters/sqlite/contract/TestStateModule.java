package io.stackbridge.adapters.sqlite.contract;

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
 * The test twin of the CLI's {@code DurableStateModule} (adapters-sqlite cannot see the CLI): the
 * fake Azure's state in SQLite, world changes recorded, reset of tables and fake in one transaction.
 */
@dagger.Module(includes = SqliteEmulatorModule.class)
final class TestStateModule {

    private TestStateModule() {
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
