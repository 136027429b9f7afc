package io.stackbridge.adapters.sqlite.db;

import io.vavr.collection.List;
import io.vavr.control.Option;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Small JDBC steps: bind parameters, run a statement with its parameters, read rows through a mapper. */
public final class Sql {

    private Sql() {
    }

    /** Runs an insert, update or delete; the number of rows it changed. */
    public static int update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepared(connection, sql, parameters)) {
            return statement.executeUpdate();
        }
    }

    public static <T> List<T> query(Connection connection, String sql, RowMapper<T> mapper, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepared(connection, sql, parameters); ResultSet rows = statement.executeQuery()) {
            List<T> read = List.empty();
            while (rows.next()) {
                read = read.prepend(mapper.map(rows));
            }
            return read.reverse();
        }
    }

    public static <T> Option<T> first(Connection connection, String sql, RowMapper<T> mapper, Object... parameters) throws SQLException {
        return query(connection, sql, mapper, parameters).headOption();
    }

    /** The first column of the first row as a long (a count, a maximum), 0 when NULL. */
    public static long number(Connection connection, String sql, Object... parameters) throws SQLException {
        return first(connection, sql, row -> row.getLong(1), parameters).getOrElse(0L);
    }

    public static boolean exists(Connection connection, String sql, Object... parameters) throws SQLException {
        return first(connection, sql, row -> Boolean.TRUE, parameters).isDefined();
    }

    /**
     * Sets {@code values} as the statement's parameters from number {@code first} on (1 for the first
     * parameter), in order, a {@code null} as SQL NULL; the number of the next parameter.
     */
    public static int bind(PreparedStatement statement, int first, Object... values) throws SQLException {
        for (int offset = 0; offset < values.length; offset++) {
            statement.setObject(first + offset, values[offset]);
        }
        return first + values.length;
    }

    private static PreparedStatement prepared(Connection connection, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            bind(statement, 1, parameters);
            return statement;
        } catch (SQLException | RuntimeException failed) {
            statement.close();
            throw failed;
        }
    }
}
