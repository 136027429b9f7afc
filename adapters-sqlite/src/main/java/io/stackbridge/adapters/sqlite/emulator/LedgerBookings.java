package io.stackbridge.adapters.sqlite.emulator;

import io.stackbridge.adapters.sqlite.db.Sql;
import io.stackbridge.adapters.sqlite.db.SqliteDatabase;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.registration.RegistrationKey;
import io.vavr.control.Option;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;

/**
 * Who booked a ledger row, as {@code ledger_bookings} keeps it once (schema 10): the registration that
 * sent it and the subscription billed. Looked up, or added when new, by value; read back by id. Rows
 * never change once written (an emulator reset keeps them), so both directions are cached, until a
 * unit of the database is rolled back (rows it added may be gone, their ids given again). Used only
 * inside a unit of the database, with its connection.
 */
final class LedgerBookings {

    /** A booking's values: the registration that sent the record and the subscription it is billed to. */
    record Booking(RegistrationKey registration, SubscriptionId billedTo) {
    }

    private final SqliteDatabase database;
    private final HashMap<Booking, Long> ids = new HashMap<>();
    private final HashMap<Long, Booking> bookings = new HashMap<>();
    private long rollbacksSeen;

    LedgerBookings(SqliteDatabase database) {
        this.database = database;
        this.rollbacksSeen = database.rollbacks();
    }

    /** The booking's id, added when new. */
    synchronized long id(Connection connection, Booking booking) throws SQLException {
        current();
        Long id = ids.get(booking);
        if (id == null) {
            RegistrationKey key = booking.registration();
            Object[] values = {key.subscriptionId().value(), key.resourceGroup().value(), key.name().value(), booking.billedTo().value()};
            String find = "SELECT id FROM ledger_bookings WHERE registration_subscription_id = ? AND registration_resource_group = ? "
                    + "AND registration_name = ? AND billed_to = ?";
            Option<Long> found = Sql.first(connection, find, row -> row.getLong(1), values);
            if (found.isEmpty()) {
                Sql.update(connection, "INSERT INTO ledger_bookings (registration_subscription_id, registration_resource_group, "
                        + "registration_name, billed_to) VALUES (?, ?, ?, ?)", values);
                found = Sql.first(connection, find, row -> row.getLong(1), values);
            }
            id = found.get();
            remember(id, booking);
        }
        return id;
    }

    /** The booking stored under {@code id}. */
    synchronized Booking booking(Connection connection, long id) throws SQLException {
        current();
        Booking known = bookings.get(id);
        if (known == null) {
            known = Sql.first(connection, "SELECT registration_subscription_id, registration_resource_group, registration_name, billed_to "
                    + "FROM ledger_bookings WHERE id = ?", row -> new Booking(RegistrationKey.of(row.getString(1), row.getString(2),
                    row.getString(3)), SubscriptionId.of(row.getString(4))), id).getOrElseThrow(() -> new SQLException("no ledger booking " + id));
            remember(id, known);
        }
        return known;
    }

    private void remember(long id, Booking booking) {
        ids.put(booking, id);
        bookings.put(id, booking);
    }

    private void current() {
        long rollbacks = database.rollbacks();
        if (rollbacks != rollbacksSeen) {
            ids.clear();
            bookings.clear();
            rollbacksSeen = rollbacks;
        }
    }
}
