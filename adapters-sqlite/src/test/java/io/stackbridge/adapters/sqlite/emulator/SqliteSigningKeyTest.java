package io.stackbridge.adapters.sqlite.emulator;

import io.stackbridge.adapters.sqlite.db.SqliteDatabase;
import io.stackbridge.domain.world.World;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The signing key is made once per data directory and survives both a restart and a reset. */
class SqliteSigningKeyTest {

    @TempDir
    Path directory;

    @Test
    void the_first_key_is_kept_across_restarts_and_resets() {
        AtomicInteger made = new AtomicInteger();
        String first;
        try (SqliteDatabase database = SqliteDatabase.open(directory.resolve("emulator.db"))) {
            first = new SqliteSigningKey(database).keep(() -> "key-" + made.incrementAndGet());
            new SqliteEmulatorState(database, new SqliteResourceGroupStore(database), new SqliteProviderRegistrations(database))
                    .resetTo(World.EMPTY);
        }

        try (SqliteDatabase database = SqliteDatabase.open(directory.resolve("emulator.db"))) {
            assertThat(new SqliteSigningKey(database).keep(() -> "key-" + made.incrementAndGet())).isEqualTo(first).isEqualTo("key-1");
        }
        assertThat(made).hasValue(1);
    }
}
