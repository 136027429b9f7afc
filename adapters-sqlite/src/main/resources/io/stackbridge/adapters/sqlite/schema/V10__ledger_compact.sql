-- Version 10: the emulator's ledger, compact. Each record a batch carried is kept once, in
-- ledger_rows, in the order accepted: its hour, its series and its detail (the dictionaries of
-- version 6, shared with the stamp's usage), its quantity as exact decimal text and its reported time
-- (seconds since the epoch and nanoseconds within that second). A row its batch booked names its
-- booking: the registration that sent it and the subscription billed, kept once in ledger_bookings;
-- its received time is the batch's arrival unless it says otherwise. A batch knows its first row and
-- how many it has, so it is read back equal to the one accepted; the booked rows are the ledger's
-- entries, each record key (series and hour) booked once. Every version 9 batch, record and entry moves
-- over; nothing is lost.

DROP INDEX ledger_batches_by_cloud;
ALTER TABLE ledger_batches RENAME TO ledger_batches_v9;

CREATE TABLE ledger_batches (
    id         INTEGER PRIMARY KEY,
    batch_id   TEXT NOT NULL UNIQUE,
    cloud_id   TEXT NOT NULL,
    arrived_at TEXT,
    records    INTEGER NOT NULL,
    booked     INTEGER NOT NULL,
    first_row  INTEGER NOT NULL
);

CREATE TABLE ledger_bookings (
    id                           INTEGER PRIMARY KEY,
    registration_subscription_id TEXT NOT NULL,
    registration_resource_group  TEXT NOT NULL,
    registration_name            TEXT NOT NULL,
    billed_to                    TEXT NOT NULL,
    UNIQUE (registration_subscription_id, registration_resource_group, registration_name, billed_to)
);

CREATE TABLE ledger_rows (
    seq             INTEGER PRIMARY KEY,
    batch           INTEGER NOT NULL,
    hour            INTEGER NOT NULL,
    series          INTEGER NOT NULL,
    detail          INTEGER NOT NULL,
    quantity        TEXT NOT NULL,
    reported_second INTEGER NOT NULL,
    reported_nano   INTEGER NOT NULL,
    booking         INTEGER,
    received_at     TEXT
);

INSERT INTO ledger_batches (id, batch_id, cloud_id, arrived_at, records, booked, first_row)
SELECT ROW_NUMBER() OVER (ORDER BY rowid), batch_id, cloud_id, arrived_at, records, booked, 0
  FROM ledger_batches_v9 ORDER BY rowid;

INSERT OR IGNORE INTO usage_series (subscription_key, meter_key, resource_uri)
SELECT DISTINCT subscription_key, meter_key, resource_uri FROM ledger_batch_records;

INSERT OR IGNORE INTO usage_detail (subscription_id, tenant_id, meter_id, location, tags, additional_info)
SELECT DISTINCT subscription_id, tenant_id, meter_id, location, tags, additional_info FROM ledger_batch_records;

INSERT INTO ledger_bookings (registration_subscription_id, registration_resource_group, registration_name, billed_to)
SELECT DISTINCT registration_subscription_id, registration_resource_group, registration_name, billed_to FROM ledger_entries;

INSERT INTO ledger_rows (batch, hour, series, detail, quantity, reported_second, reported_nano, booking, received_at)
SELECT b.id, unixepoch(r.window_start) / 3600, s.id, d.id, r.quantity, unixepoch(r.reported_at),
       CAST(substr(r.reported_at, 21, 9) AS INTEGER), k.id,
       CASE WHEN e.received_at IS b.arrived_at THEN NULL ELSE e.received_at END
  FROM ledger_batch_records r
  JOIN ledger_batches b ON b.batch_id = r.batch_id
  JOIN usage_series s ON s.subscription_key = r.subscription_key AND s.meter_key = r.meter_key AND s.resource_uri = r.resource_uri
  JOIN usage_detail d ON d.subscription_id = r.subscription_id AND d.tenant_id = r.tenant_id AND d.meter_id = r.meter_id
                     AND d.location = r.location AND d.tags = r.tags AND d.additional_info = r.additional_info
  LEFT JOIN ledger_entries e ON e.record_key = r.record_key AND e.batch_id = r.batch_id
  LEFT JOIN ledger_bookings k ON k.registration_subscription_id = e.registration_subscription_id
                             AND k.registration_resource_group = e.registration_resource_group
                             AND k.registration_name = e.registration_name AND k.billed_to = e.billed_to
 ORDER BY b.id, r.position;

UPDATE ledger_batches
   SET first_row = f.first_row
  FROM (SELECT batch, MIN(seq) AS first_row FROM ledger_rows GROUP BY batch) AS f
 WHERE f.batch = ledger_batches.id;

DROP TABLE ledger_entries;
DROP TABLE ledger_batch_records;
DROP TABLE ledger_batches_v9;

CREATE INDEX ledger_batches_by_cloud ON ledger_batches (cloud_id);
CREATE UNIQUE INDEX ledger_rows_booked ON ledger_rows (series, hour) WHERE booking IS NOT NULL;
