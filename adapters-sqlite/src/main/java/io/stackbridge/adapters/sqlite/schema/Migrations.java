package io.stackbridge.adapters.sqlite.schema;

import io.vavr.collection.List;

/** Every step of the schema, in order; a new step is a new script and one line here, never an edit of an old one. */
public final class Migrations {

    public static final List<Migration> ALL = List.of(
            new Migration(1, "the emulator: registrations, tenants, approvals, ARM, world changes, ledger", "V1__emulator.sql"),
            new Migration(2, "the stamp: local usage and the bridge outbox", "V2__stamp_usage.sql"),
            new Migration(3, "the stamp: identity, activation and the bridge's health", "V3__stamp_state.sql"),
            new Migration(4, "the emulator: its signing key", "V4__signing_key.sql"),
            new Migration(5, "the stamp: whether the bridge's last failure is its latest event", "V5__bridge_failing.sql"),
            new Migration(6, "the stamp: local usage and the outbox, compact (series, details, integer times)", "V6__stamp_usage_compact.sql"),
            new Migration(7, "maps and lists as JSON text instead of form-encoded text", "V7__json_columns.sql"),
            new Migration(8, "the emulator: each ledger batch's arrival time and counts, and the batch list's index",
                    "V8__ledger_batch_arrivals.sql"),
            new Migration(9, "the emulator: linked subscriptions", "V9__linked_subscriptions.sql"),
            new Migration(10, "the emulator: its ledger, compact (each record once, dictionaries, integer times)", "V10__ledger_compact.sql"),
            new Migration(11, "the emulator: a service principal's certificate", "V11__principal_certificate.sql"),
            new Migration(12, "the stamp: the bridge principal's certificate and key", "V12__stamp_principal_certificate.sql"));

    private Migrations() {
    }

    /** The version a database has once every step ran. */
    public static int newest() {
        return ALL.last().version();
    }

    /** The steps up to {@code version} only, to build an older database (tests). */
    public static List<Migration> upTo(int version) {
        return ALL.filter(step -> step.version() <= version);
    }
}
