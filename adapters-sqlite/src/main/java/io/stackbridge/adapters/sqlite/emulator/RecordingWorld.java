package io.stackbridge.adapters.sqlite.emulator;

import io.stackbridge.adapters.sqlite.db.SqliteDatabase;
import io.stackbridge.application.port.out.WorldPort;
import io.stackbridge.domain.directory.DirectorySubscription;
import io.stackbridge.domain.identity.ServicePrincipal;
import io.stackbridge.domain.world.World;

/** A world port that keeps each change in SQLite, then applies it to the world held in memory, both in one transaction. */
public final class RecordingWorld implements WorldPort {

    private final SqliteDatabase database;
    private final SqliteWorldChanges changes;
    private final WorldPort memory;

    public RecordingWorld(SqliteDatabase database, SqliteWorldChanges changes, WorldPort memory) {
        this.database = database;
        this.changes = changes;
        this.memory = memory;
    }

    @Override
    public World current() {
        return memory.current();
    }

    @Override
    public void putSubscription(DirectorySubscription subscription) {
        database.inTransaction(connection -> {
            changes.putSubscription(subscription);
            memory.putSubscription(subscription);
            return null;
        });
    }

    @Override
    public void putPrincipal(ServicePrincipal principal) {
        database.inTransaction(connection -> {
            changes.putPrincipal(principal);
            memory.putPrincipal(principal);
            return null;
        });
    }
}
