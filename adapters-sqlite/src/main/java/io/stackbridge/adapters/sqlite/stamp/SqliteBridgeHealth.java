package io.stackbridge.adapters.sqlite.stamp;

import io.stackbridge.adapters.sqlite.db.Sql;
import io.stackbridge.adapters.sqlite.db.SqliteDatabase;
import io.stackbridge.adapters.sqlite.text.StoredInstant;
import io.stackbridge.application.port.out.BridgeHealthPort;
import io.stackbridge.domain.bridge.BridgeFailure;
import io.stackbridge.domain.bridge.BridgeHealth;
import io.stackbridge.domain.error.ErrorCode;
import io.stackbridge.domain.error.LocalizedText;
import io.stackbridge.domain.text.Language;
import io.vavr.Tuple;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import java.util.function.UnaryOperator;

/** The bridge's last success and last failure in SQLite, the failure's words in every language kept as text. */
@Singleton
public final class SqliteBridgeHealth implements BridgeHealthPort {

    private final SqliteDatabase database;

    @Inject
    public SqliteBridgeHealth(SqliteDatabase database) {
        this.database = database;
    }

    @Override
    public BridgeHealth read() {
        return database.read(SqliteBridgeHealth::read);
    }

    @Override
    public BridgeHealth update(UnaryOperator<BridgeHealth> change) {
        return database.inTransaction(connection -> {
            BridgeHealth changed = Objects.requireNonNull(change.apply(read(connection)), "changed");
            write(connection, changed);
            return changed;
        });
    }

    private static BridgeHealth read(Connection connection) throws SQLException {
        Map<Language, LocalizedText> texts = LinkedHashMap.ofEntries(Sql.query(connection,
                "SELECT * FROM bridge_failure_texts ORDER BY language", row -> Tuple.of(Language.valueOf(row.getString("language")),
                        new LocalizedText(row.getString("message"), row.getString("remediation")))));
        return Sql.first(connection, "SELECT * FROM bridge_health WHERE id = 1", row -> health(row, texts)).getOrElse(BridgeHealth.NEW);
    }

    private static void write(Connection connection, BridgeHealth health) throws SQLException {
        Sql.update(connection, "DELETE FROM bridge_health");
        Sql.update(connection, "DELETE FROM bridge_failure_texts");
        Option<BridgeFailure> failure = health.lastFailure();
        Sql.update(connection, "INSERT INTO bridge_health (id, last_success, failure_code, failure_at, failure_cause, failure_attempts, "
                        + "failure_endpoint, failing) VALUES (1, ?, ?, ?, ?, ?, ?, ?)", health.lastSuccess().map(StoredInstant::text).getOrNull(),
                failure.map(f -> f.code().name()).getOrNull(), failure.map(f -> StoredInstant.text(f.at())).getOrNull(),
                failure.map(BridgeFailure::cause).getOrNull(), failure.map(BridgeFailure::attempts).getOrNull(),
                failure.map(BridgeFailure::endpoint).getOrNull(), health.failing() ? 1 : 0);
        for (BridgeFailure each : failure) {
            texts(connection, each);
        }
    }

    private static void texts(Connection connection, BridgeFailure failure) throws SQLException {
        for (var text : failure.texts()) {
            Sql.update(connection, "INSERT INTO bridge_failure_texts (language, message, remediation) VALUES (?, ?, ?)", text._1.name(),
                    text._2.message(), text._2.remediation());
        }
    }

    private static BridgeHealth health(ResultSet row, Map<Language, LocalizedText> texts) throws SQLException {
        Option<String> success = Option.of(row.getString("last_success"));
        Option<BridgeFailure> failure = Option.of(row.getString("failure_code")).isEmpty() ? Option.none()
                : Option.some(new BridgeFailure(ErrorCode.valueOf(row.getString("failure_code")),
                        StoredInstant.parse(row.getString("failure_at")), row.getString("failure_cause"), row.getInt("failure_attempts"),
                        row.getString("failure_endpoint"), texts));
        return new BridgeHealth(success.map(StoredInstant::parse), failure, failure.isDefined() && row.getInt("failing") == 1);
    }
}
