package io.stackbridge.adapters.sqlite.emulator;

import io.stackbridge.adapters.sqlite.db.SqliteDatabase;
import io.stackbridge.application.contract.UsageLedgerContract;
import io.stackbridge.application.port.out.UsageLedgerPort;
import org.junit.jupiter.api.AfterEach;

/** The SQLite ledger keeps the usage ledger's promises, so that it answers as the in-memory one does. */
class SqliteUsageLedgerContractTest extends UsageLedgerContract {

    private final java.util.List<SqliteDatabase> opened = new java.util.ArrayList<>();

    @Override
    protected UsageLedgerPort createLedger() {
        SqliteDatabase database = SqliteDatabase.inMemory();
        opened.add(database);
        return new SqliteUsageLedger(database);
    }

    @AfterEach
    void close() {
        opened.forEach(SqliteDatabase::close);
    }
}
