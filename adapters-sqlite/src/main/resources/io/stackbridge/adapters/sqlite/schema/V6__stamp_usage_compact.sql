-- Version 6: the stamp's usage and outbox, compact. A record's identity, its subscription, meter and
-- resource (compared by their keys), is a series, kept once in usage_series; what a record says about
-- itself beyond its identity (IDs as written, its owner's tenant, location, tags, additional info) is
-- a detail, kept once in usage_detail. A record row holds its hour (hours since 1970-01-01T00:00Z), its
-- series, its detail, its quantity as exact decimal text and its reported time (seconds since the
-- epoch and nanoseconds within that second). The outbox keeps its own copy of a record while it is
-- pending and only its identity once Azure confirmed it, with the batch that carried it.
-- Every version 2 row moves over; nothing is lost.

ALTER TABLE local_usage RENAME TO local_usage_v2;
ALTER TABLE outbox_pending RENAME TO outbox_pending_v2;
ALTER TABLE outbox_sent RENAME TO outbox_sent_v2;

CREATE TABLE usage_series (
    id               INTEGER PRIMARY KEY,
    subscription_key TEXT NOT NULL,
    meter_key        TEXT NOT NULL,
    resource_uri     TEXT NOT NULL,
    UNIQUE (subscription_key, meter_key, resource_uri)
);

CREATE TABLE usage_detail (
    id              INTEGER PRIMARY KEY,
    subscription_id TEXT NOT NULL,
    tenant_id       TEXT NOT NULL,
    meter_id        TEXT NOT NULL,
    location        TEXT NOT NULL,
    tags            TEXT NOT NULL,
    additional_info TEXT NOT NULL,
    UNIQUE (subscription_id, tenant_id, meter_id, location, tags, additional_info)
);

-- Kept in reported time order, as a period is read; a record's identity is unique, its hour and series.
CREATE TABLE local_usage (
    hour            INTEGER NOT NULL,
    series          INTEGER NOT NULL REFERENCES usage_series (id),
    detail          INTEGER NOT NULL REFERENCES usage_detail (id),
    quantity        TEXT NOT NULL,
    reported_second INTEGER NOT NULL,
    reported_nano   INTEGER NOT NULL,
    PRIMARY KEY (reported_second, reported_nano, series, hour),
    UNIQUE (hour, series)
) WITHOUT ROWID;

CREATE TABLE outbox_pending (
    hour            INTEGER NOT NULL,
    series          INTEGER NOT NULL REFERENCES usage_series (id),
    detail          INTEGER NOT NULL REFERENCES usage_detail (id),
    quantity        TEXT NOT NULL,
    reported_second INTEGER NOT NULL,
    reported_nano   INTEGER NOT NULL,
    PRIMARY KEY (hour, series)
) WITHOUT ROWID;

CREATE TABLE outbox_batch (
    id       INTEGER PRIMARY KEY,
    batch_id TEXT NOT NULL UNIQUE
);

CREATE TABLE outbox_sent (
    hour   INTEGER NOT NULL,
    series INTEGER NOT NULL REFERENCES usage_series (id),
    batch  INTEGER NOT NULL REFERENCES outbox_batch (id),
    PRIMARY KEY (hour, series)
) WITHOUT ROWID;

-- A version 2 sent key is its canonical text, subscription|meter|resource|start|end, whose start and
-- end are hours written as 2026-11-21T10:00:00Z (20 characters each): cut into its parts once.
CREATE TABLE outbox_sent_v2_parts AS
WITH first_cut AS (
    SELECT batch_id, substr(record_key, 1, instr(record_key, '|') - 1) AS subscription_key,
           substr(record_key, instr(record_key, '|') + 1) AS rest
      FROM outbox_sent_v2
), second_cut AS (
    SELECT batch_id, subscription_key, substr(rest, 1, instr(rest, '|') - 1) AS meter_key,
           substr(rest, instr(rest, '|') + 1) AS rest
      FROM first_cut
)
SELECT batch_id, subscription_key, meter_key, substr(rest, 1, length(rest) - 42) AS resource_uri,
       unixepoch(substr(rest, length(rest) - 40, 20)) / 3600 AS hour
  FROM second_cut;

INSERT INTO usage_series (subscription_key, meter_key, resource_uri)
SELECT subscription_key, meter_key, resource_uri FROM local_usage_v2
UNION
SELECT subscription_key, meter_key, resource_uri FROM outbox_pending_v2
UNION
SELECT subscription_key, meter_key, resource_uri FROM outbox_sent_v2_parts;

INSERT INTO usage_detail (subscription_id, tenant_id, meter_id, location, tags, additional_info)
SELECT subscription_id, tenant_id, meter_id, location, tags, additional_info FROM local_usage_v2
UNION
SELECT subscription_id, tenant_id, meter_id, location, tags, additional_info FROM outbox_pending_v2;

INSERT INTO local_usage (hour, series, detail, quantity, reported_second, reported_nano)
SELECT unixepoch(r.window_start) / 3600, s.id, d.id, r.quantity, unixepoch(r.reported_at), CAST(substr(r.reported_at, 21, 9) AS INTEGER)
  FROM local_usage_v2 r
  JOIN usage_series s ON s.subscription_key = r.subscription_key AND s.meter_key = r.meter_key AND s.resource_uri = r.resource_uri
  JOIN usage_detail d ON d.subscription_id = r.subscription_id AND d.tenant_id = r.tenant_id AND d.meter_id = r.meter_id
                     AND d.location = r.location AND d.tags = r.tags AND d.additional_info = r.additional_info;

INSERT INTO outbox_pending (hour, series, detail, quantity, reported_second, reported_nano)
SELECT unixepoch(r.window_start) / 3600, s.id, d.id, r.quantity, unixepoch(r.reported_at), CAST(substr(r.reported_at, 21, 9) AS INTEGER)
  FROM outbox_pending_v2 r
  JOIN usage_series s ON s.subscription_key = r.subscription_key AND s.meter_key = r.meter_key AND s.resource_uri = r.resource_uri
  JOIN usage_detail d ON d.subscription_id = r.subscription_id AND d.tenant_id = r.tenant_id AND d.meter_id = r.meter_id
                     AND d.location = r.location AND d.tags = r.tags AND d.additional_info = r.additional_info;

INSERT INTO outbox_batch (batch_id)
SELECT DISTINCT batch_id FROM outbox_sent_v2_parts;

INSERT INTO outbox_sent (hour, series, batch)
SELECT p.hour, s.id, b.id
  FROM outbox_sent_v2_parts p
  JOIN usage_series s ON s.subscription_key = p.subscription_key AND s.meter_key = p.meter_key AND s.resource_uri = p.resource_uri
  JOIN outbox_batch b ON b.batch_id = p.batch_id;

DROP TABLE outbox_sent_v2_parts;
DROP TABLE outbox_sent_v2;
DROP TABLE outbox_pending_v2;
DROP TABLE local_usage_v2;
