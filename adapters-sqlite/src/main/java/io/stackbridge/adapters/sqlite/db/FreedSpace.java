package io.stackbridge.adapters.sqlite.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Gives back to the file system the pages a schema step freed: a step that rewrites a table into a
 * compact form (schema 10, the ledger) drops the old one, whose pages SQLite keeps in the file. When
 * more than half the file is free pages, the database is rebuilt ({@code VACUUM}) once, right after
 * migrating, outside any transaction; otherwise the free pages are left for new rows.
 */
final class FreedSpace {

    private FreedSpace() {
    }

    static void reclaim(Connection connection, String database) {
        try (Statement statement = connection.createStatement()) {
            long free = Sql.number(connection, "PRAGMA freelist_count");
            long pages = Sql.number(connection, "PRAGMA page_count");
            if (free * 2 > pages) {
                statement.execute("VACUUM");
            }
        } catch (SQLException failed) {
            throw SqliteFailures.of(database, "cannot give back the space freed by migrating", failed);
        }
    }
}
