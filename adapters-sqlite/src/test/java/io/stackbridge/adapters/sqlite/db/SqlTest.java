package io.stackbridge.adapters.sqlite.db;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.PreparedStatement;
import java.sql.ResultSet;

import static org.assertj.core.api.Assertions.assertThat;

/** The one place that binds parameters to a statement: from a given number on, NULLs included, and where the next one goes. */
class SqlTest {

    private final SqliteDatabase database = SqliteDatabase.inMemory();

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void bind_sets_the_values_in_order_from_the_first_number_and_answers_the_next_number() {
        String row = database.inTransaction(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT ?, ?, ?, ?, ?")) {
                int next = Sql.bind(statement, 1, "zero");
                int after = Sql.bind(statement, next, "one", 2, null);
                int last = Sql.bind(statement, after, 4L);
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    return next + " " + after + " " + last + ": " + rows.getString(1) + " " + rows.getString(2) + " "
                            + rows.getInt(3) + " " + rows.getString(4) + " " + rows.getLong(5);
                }
            }
        });

        assertThat(row).isEqualTo("2 5 6: zero one 2 null 4");
    }

    @Test
    void bind_with_no_values_changes_nothing_and_answers_the_same_number() {
        int next = database.inTransaction(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT ?")) {
                return Sql.bind(statement, 1);
            }
        });

        assertThat(next).isEqualTo(1);
    }

    @Test
    void the_statement_helpers_bind_their_parameters_the_same_way() {
        long found = database.inTransaction(connection -> Sql.number(connection, "SELECT ? + ?", 40, 2));

        assertThat(found).isEqualTo(42);
    }
}
