-- Version 2: the stamp's side. The local usage database and the bridge's outbox hold whole usage
-- records (the same columns as the ledger's); a record's identity is its canonical key text.

CREATE TABLE local_usage (
    record_key       TEXT PRIMARY KEY,
    subscription_id  TEXT NOT NULL,
    subscription_key TEXT NOT NULL,
    tenant_id        TEXT NOT NULL,
    meter_id         TEXT NOT NULL,
    meter_key        TEXT NOT NULL,
    quantity         TEXT NOT NULL,
    window_start     TEXT NOT NULL,
    window_end       TEXT NOT NULL,
    resource_uri     TEXT NOT NULL,
    location         TEXT NOT NULL,
    tags             TEXT NOT NULL,
    additional_info  TEXT NOT NULL,
    reported_at      TEXT NOT NULL
);
CREATE INDEX local_usage_by_reported_time
    ON local_usage (reported_at, subscription_key, meter_key, resource_uri, window_start);

-- Records waiting for Azure's confirmation; a confirmed one moves to outbox_sent (its key only).
CREATE TABLE outbox_pending (
    record_key       TEXT PRIMARY KEY,
    subscription_id  TEXT NOT NULL,
    subscription_key TEXT NOT NULL,
    tenant_id        TEXT NOT NULL,
    meter_id         TEXT NOT NULL,
    meter_key        TEXT NOT NULL,
    quantity         TEXT NOT NULL,
    window_start     TEXT NOT NULL,
    window_end       TEXT NOT NULL,
    resource_uri     TEXT NOT NULL,
    location         TEXT NOT NULL,
    tags             TEXT NOT NULL,
    additional_info  TEXT NOT NULL,
    reported_at      TEXT NOT NULL
);
CREATE INDEX outbox_pending_oldest_first ON outbox_pending (window_start, record_key);

CREATE TABLE outbox_sent (
    record_key TEXT PRIMARY KEY,
    batch_id   TEXT NOT NULL
);
