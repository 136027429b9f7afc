package io.stackbridge.adapters.sqlite.db;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Reads the current row of a result set into a value. */
@FunctionalInterface
public interface RowMapper<T> {

    T map(ResultSet row) throws SQLException;
}
