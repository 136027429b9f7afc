package io.stackbridge.adapters.sqlite.db;

import java.sql.Connection;
import java.sql.SQLException;

/** A unit of work on the database's connection, run by {@link SqliteDatabase#inTransaction} or {@link SqliteDatabase#read}. */
@FunctionalInterface
public interface SqlWork<T> {

    T run(Connection connection) throws SQLException;
}
