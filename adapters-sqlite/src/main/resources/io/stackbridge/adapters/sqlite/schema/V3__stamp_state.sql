-- Version 3: the stamp's own state: its identity and billing choice, the activation it applied and
-- the bridge's health. Each is one row (id = 1); nodes and failure texts are child rows.

CREATE TABLE stamp (
    id                      INTEGER PRIMARY KEY CHECK (id = 1),
    cloud_id                TEXT NOT NULL,
    billing_model           TEXT NOT NULL,
    usage_reporting         INTEGER CHECK (usage_reporting IN (0, 1)),
    marketplace_syndication INTEGER NOT NULL CHECK (marketplace_syndication IN (0, 1)),
    agreement_number        TEXT,
    ms_asset_tag            TEXT,
    login_endpoint          TEXT NOT NULL,
    tenant_id               TEXT NOT NULL,
    client_id               TEXT NOT NULL,
    object_id               TEXT NOT NULL,
    client_secret           TEXT NOT NULL
);

CREATE TABLE stamp_nodes (
    owner_id  INTEGER NOT NULL REFERENCES stamp (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    name      TEXT NOT NULL,
    uuid      TEXT NOT NULL,
    num_cores INTEGER NOT NULL,
    bios      TEXT NOT NULL,
    nic       TEXT NOT NULL,
    cpu       TEXT NOT NULL,
    disk      TEXT NOT NULL,
    memory    TEXT NOT NULL,
    PRIMARY KEY (owner_id, position)
);

CREATE TABLE activation (
    id                              INTEGER PRIMARY KEY CHECK (id = 1),
    activation_key                  TEXT NOT NULL,
    applied_at                      TEXT NOT NULL,
    subscription_id                 TEXT NOT NULL,
    resource_group                  TEXT NOT NULL,
    registration_name               TEXT NOT NULL,
    cloud_id                        TEXT NOT NULL,
    object_id                       TEXT NOT NULL,
    billing_model                   TEXT NOT NULL,
    usage_reporting_enabled         INTEGER NOT NULL CHECK (usage_reporting_enabled IN (0, 1)),
    marketplace_syndication_enabled INTEGER NOT NULL CHECK (marketplace_syndication_enabled IN (0, 1)),
    usage_endpoint                  TEXT NOT NULL,
    usage_resource_uri              TEXT NOT NULL,
    expires                         TEXT NOT NULL,
    issuer                          TEXT NOT NULL,
    token_version                   TEXT NOT NULL
);

CREATE TABLE activation_nodes (
    owner_id  INTEGER NOT NULL REFERENCES activation (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    name      TEXT NOT NULL,
    uuid      TEXT NOT NULL,
    num_cores INTEGER NOT NULL,
    bios      TEXT NOT NULL,
    nic       TEXT NOT NULL,
    cpu       TEXT NOT NULL,
    disk      TEXT NOT NULL,
    memory    TEXT NOT NULL,
    PRIMARY KEY (owner_id, position)
);

-- The last failure is NULL in every failure_ column until the bridge first fails.
CREATE TABLE bridge_health (
    id               INTEGER PRIMARY KEY CHECK (id = 1),
    last_success     TEXT,
    failure_code     TEXT,
    failure_at       TEXT,
    failure_cause    TEXT,
    failure_attempts INTEGER,
    failure_endpoint TEXT
);

CREATE TABLE bridge_failure_texts (
    language    TEXT PRIMARY KEY,
    message     TEXT NOT NULL,
    remediation TEXT NOT NULL
);
