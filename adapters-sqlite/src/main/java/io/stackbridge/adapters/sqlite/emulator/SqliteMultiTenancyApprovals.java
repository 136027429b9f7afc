package io.stackbridge.adapters.sqlite.emulator;

import io.stackbridge.adapters.sqlite.db.Sql;
import io.stackbridge.adapters.sqlite.db.SqliteDatabase;
import io.stackbridge.application.port.out.MultiTenancyApprovalPort;
import io.stackbridge.domain.registration.RegistrationKey;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/** The registrations approved for multi-tenancy, one row each, in SQLite. */
@Singleton
public final class SqliteMultiTenancyApprovals implements MultiTenancyApprovalPort {

    private final SqliteDatabase database;

    @Inject
    public SqliteMultiTenancyApprovals(SqliteDatabase database) {
        this.database = database;
    }

    @Override
    public boolean isApproved(RegistrationKey registration) {
        return database.read(connection -> Sql.exists(connection,
                "SELECT 1 FROM multi_tenancy_approvals WHERE " + KeyColumns.MATCH, KeyColumns.of(registration)));
    }

    @Override
    public void approve(RegistrationKey registration) {
        database.inTransaction(connection -> Sql.update(connection, "INSERT INTO multi_tenancy_approvals "
                + "(subscription_key, resource_group_key, name_key) VALUES (?, ?, ?) ON CONFLICT DO NOTHING", KeyColumns.of(registration)));
    }

    @Override
    public void revoke(RegistrationKey registration) {
        database.inTransaction(connection -> Sql.update(connection,
                "DELETE FROM multi_tenancy_approvals WHERE " + KeyColumns.MATCH, KeyColumns.of(registration)));
    }
}
