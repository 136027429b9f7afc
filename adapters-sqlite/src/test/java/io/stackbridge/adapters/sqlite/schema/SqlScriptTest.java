package io.stackbridge.adapters.sqlite.schema;

import io.stackbridge.adapters.sqlite.db.Sql;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/** Migration scripts cut into statements as SQLite reads them: trigger bodies, quoted text and comments kept apart from real ends. */
class SqlScriptTest {

    private static final String TRIGGER_SCRIPT = """
            -- Version n: an audit of renamed groups.
            CREATE TABLE groups (name TEXT NOT NULL, note TEXT NOT NULL DEFAULT 'a; b -- not a comment');
            CREATE TABLE renames (old TEXT, new TEXT, size TEXT);
            /* a block comment; with a semicolon
               and END; too */
            CREATE TEMP TRIGGER groups_renamed AFTER UPDATE OF name ON groups
            BEGIN
                INSERT INTO renames (old, new, size) VALUES (old.name, new.name,
                    CASE WHEN length(new.name) > 3 THEN 'long;' ELSE 'short' END);
                UPDATE groups SET note = 'renamed; see "renames"' WHERE name = new.name;
            END;
            INSERT INTO groups (name) VALUES ('it''s; one');
            UPDATE groups SET name = 'END' WHERE name = 'it''s; one';
            """;

    @Test
    void a_script_is_cut_at_semicolons_ending_a_line_and_comments_are_dropped() {
        assertThat(SqlScript.split("-- a comment\nCREATE TABLE a (x TEXT);\n\nCREATE TABLE b (\n  y TEXT\n);\n-- end"))
                .containsExactly("CREATE TABLE a (x TEXT)", "CREATE TABLE b (\n  y TEXT\n)");
    }

    @Test
    void a_trigger_body_stays_in_its_create_trigger_statement() {
        List<String> statements = SqlScript.split(TRIGGER_SCRIPT);

        assertThat(statements).hasSize(5);
        assertThat(statements.get(2)).startsWith("CREATE TEMP TRIGGER groups_renamed").endsWith("END")
                .contains("'long;' ELSE 'short' END);", "WHERE name = new.name;");
    }

    @Test
    void semicolons_and_comment_marks_inside_quotes_are_text() {
        assertThat(SqlScript.split("SELECT 'a;' AS \"b;\", [c;d], `e;`; SELECT '--x', 'y''; z';"))
                .containsExactly("SELECT 'a;' AS \"b;\", [c;d], `e;`", "SELECT '--x', 'y''; z'");
        assertThat(SqlScript.split("SELECT 1; /* ; */ SELECT 2 -- ;\n; SELECT 3"))
                .containsExactly("SELECT 1", "SELECT 2", "SELECT 3");
    }

    @Test
    void a_trigger_migration_runs_on_a_real_database_and_its_trigger_fires() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite::memory:");
             Statement statement = connection.createStatement()) {
            for (String sql : SqlScript.split(TRIGGER_SCRIPT)) {
                statement.execute(sql);
            }

            assertThat(Sql.query(connection, "SELECT old, new, size FROM renames",
                    row -> row.getString(1) + " > " + row.getString(2) + " (" + row.getString(3) + ")"))
                    .containsExactly("it's; one > END (short)");
            assertThat(Sql.query(connection, "SELECT note FROM groups", row -> row.getString(1)))
                    .containsExactly("renamed; see \"renames\"");
        }
    }
}
