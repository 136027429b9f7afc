-- Version 1: the emulator's state (stackbridge serve --data-dir).
-- IDs are kept as written (subscription_id, name …) beside the lower-case form they are looked up by (…_key).
-- Times are ISO-8601 UTC text of one width; quantities are decimal text; maps and lists are form-encoded text.

CREATE TABLE registrations (
    id                              INTEGER PRIMARY KEY,
    subscription_key                TEXT NOT NULL,
    resource_group_key              TEXT NOT NULL,
    name_key                        TEXT NOT NULL,
    subscription_id                 TEXT NOT NULL,
    resource_group                  TEXT NOT NULL,
    name                            TEXT NOT NULL,
    cloud_key                       TEXT NOT NULL,
    cloud_id                        TEXT NOT NULL,
    object_id                       TEXT NOT NULL,
    billing_model                   TEXT NOT NULL,
    usage_reporting_enabled         INTEGER NOT NULL CHECK (usage_reporting_enabled IN (0, 1)),
    marketplace_syndication_enabled INTEGER NOT NULL CHECK (marketplace_syndication_enabled IN (0, 1)),
    agreement_number                TEXT,
    ms_asset_tag                    TEXT,
    issuer                          TEXT NOT NULL,
    token_version                   TEXT NOT NULL,
    tags                            TEXT NOT NULL,
    etag                            TEXT NOT NULL,
    UNIQUE (subscription_key, resource_group_key, name_key)
);
CREATE INDEX registrations_by_cloud ON registrations (cloud_key);

CREATE TABLE registration_nodes (
    owner_id        INTEGER NOT NULL REFERENCES registrations (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    name            TEXT NOT NULL,
    uuid            TEXT NOT NULL,
    num_cores       INTEGER NOT NULL,
    bios            TEXT NOT NULL,
    nic             TEXT NOT NULL,
    cpu             TEXT NOT NULL,
    disk            TEXT NOT NULL,
    memory          TEXT NOT NULL,
    PRIMARY KEY (owner_id, position)
);

-- The tenant mappings of a registration (looked up by its key), in the order they were placed.
CREATE TABLE customer_subscriptions (
    subscription_key             TEXT NOT NULL,
    resource_group_key           TEXT NOT NULL,
    name_key                     TEXT NOT NULL,
    position                     INTEGER NOT NULL,
    registration_subscription_id TEXT NOT NULL,
    registration_resource_group  TEXT NOT NULL,
    registration_name            TEXT NOT NULL,
    customer_subscription_id     TEXT NOT NULL,
    tenant_id                    TEXT NOT NULL,
    etag                         TEXT NOT NULL,
    PRIMARY KEY (subscription_key, resource_group_key, name_key, position)
);

CREATE TABLE multi_tenancy_approvals (
    subscription_key   TEXT NOT NULL,
    resource_group_key TEXT NOT NULL,
    name_key           TEXT NOT NULL,
    PRIMARY KEY (subscription_key, resource_group_key, name_key)
);

CREATE TABLE resource_groups (
    subscription_key TEXT NOT NULL,
    name_key         TEXT NOT NULL,
    subscription_id  TEXT NOT NULL,
    name             TEXT NOT NULL,
    location         TEXT NOT NULL,
    tags             TEXT NOT NULL,
    PRIMARY KEY (subscription_key, name_key)
);

CREATE TABLE provider_registrations (
    subscription_key TEXT NOT NULL,
    namespace_key    TEXT NOT NULL,
    PRIMARY KEY (subscription_key, namespace_key)
);

-- What was put into the world since the last reset, replayed in row order over the initial world at start.
CREATE TABLE world_subscriptions (
    id_key         TEXT PRIMARY KEY,
    id             TEXT NOT NULL,
    offer_type     TEXT NOT NULL,
    csp_partner_id TEXT,
    tenant_id      TEXT NOT NULL
);

CREATE TABLE world_principals (
    tenant_key   TEXT NOT NULL,
    client_key   TEXT NOT NULL,
    tenant_id    TEXT NOT NULL,
    client_id    TEXT NOT NULL,
    object_id    TEXT NOT NULL,
    secret       TEXT NOT NULL,
    enabled      INTEGER NOT NULL CHECK (enabled IN (0, 1)),
    display_name TEXT NOT NULL,
    PRIMARY KEY (tenant_key, client_key)
);

-- Whether the initial world's resource groups and providers were put in (once, and again after each reset).
CREATE TABLE emulator_seed (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    seeded_at TEXT NOT NULL
);

CREATE TABLE ledger_batches (
    batch_id TEXT PRIMARY KEY,
    cloud_id TEXT NOT NULL
);

CREATE TABLE ledger_batch_records (
    batch_id        TEXT NOT NULL REFERENCES ledger_batches (batch_id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    record_key      TEXT NOT NULL,
    subscription_id TEXT NOT NULL,
    subscription_key TEXT NOT NULL,
    tenant_id       TEXT NOT NULL,
    meter_id        TEXT NOT NULL,
    meter_key       TEXT NOT NULL,
    quantity        TEXT NOT NULL,
    window_start    TEXT NOT NULL,
    window_end      TEXT NOT NULL,
    resource_uri    TEXT NOT NULL,
    location        TEXT NOT NULL,
    tags            TEXT NOT NULL,
    additional_info TEXT NOT NULL,
    reported_at     TEXT NOT NULL,
    PRIMARY KEY (batch_id, position)
);

-- Each record key is booked once, whatever batch brought it.
CREATE TABLE ledger_entries (
    seq                          INTEGER PRIMARY KEY,
    batch_id                     TEXT NOT NULL,
    registration_subscription_id TEXT NOT NULL,
    registration_resource_group  TEXT NOT NULL,
    registration_name            TEXT NOT NULL,
    billed_to                    TEXT NOT NULL,
    received_at                  TEXT NOT NULL,
    record_key                   TEXT NOT NULL UNIQUE,
    subscription_id              TEXT NOT NULL,
    subscription_key             TEXT NOT NULL,
    tenant_id                    TEXT NOT NULL,
    meter_id                     TEXT NOT NULL,
    meter_key                    TEXT NOT NULL,
    quantity                     TEXT NOT NULL,
    window_start                 TEXT NOT NULL,
    window_end                   TEXT NOT NULL,
    resource_uri                 TEXT NOT NULL,
    location                     TEXT NOT NULL,
    tags                         TEXT NOT NULL,
    additional_info              TEXT NOT NULL,
    reported_at                  TEXT NOT NULL
);
