package io.stackbridge.adapters.sqlite.db;

/** The codes of what can go wrong with a SQLite store, named like the catalog's codes. */
public enum StoreProblem {
    /** The database was written by a newer StackBridge: its schema version is beyond the newest this build knows. */
    DataSchemaTooNew,
    /** The database cannot be opened, read or written (missing directory rights, a corrupt file, a lock held too long). */
    DataStoreUnavailable
}
