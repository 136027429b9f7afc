package io.stackbridge.adapters.sqlite.emulator;

import io.stackbridge.adapters.sqlite.db.Sql;
import io.stackbridge.adapters.sqlite.db.SqliteDatabase;
import io.stackbridge.adapters.sqlite.text.StoredInstant;
import io.vavr.control.Option;

import java.time.Instant;
import java.util.function.Supplier;

/**
 * The emulator's signing key in SQLite, as the text the fake writes it in (a private JWK): made once
 * on the first start and read back on every later one. Reset does not touch it.
 */
public final class SqliteSigningKey {

    private final SqliteDatabase database;

    public SqliteSigningKey(SqliteDatabase database) {
        this.database = database;
    }

    /** The kept key; on the database's first start, {@code fresh}'s key, kept from then on (one transaction). */
    public String keep(Supplier<String> fresh) {
        return database.inTransaction(connection -> {
            Option<String> kept = Sql.first(connection, "SELECT jwk FROM signing_key WHERE id = 1", row -> row.getString(1));
            if (kept.isDefined()) {
                return kept.get();
            }
            String made = fresh.get();
            Sql.update(connection, "INSERT INTO signing_key (id, jwk, created_at) VALUES (1, ?, ?)", made,
                    StoredInstant.text(Instant.now()));
            return made;
        });
    }
}
