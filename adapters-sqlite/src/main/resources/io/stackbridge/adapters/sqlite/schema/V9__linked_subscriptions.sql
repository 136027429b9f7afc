-- Version 9: the emulator's linked subscriptions (Microsoft.AzureStack/linkedSubscriptions, 2020-06-01-preview).
-- A link names its registration by key (the registration may be deleted later; the link stays, as ARM keeps it).
-- The device columns are what the registration said when the link was written; times are ISO-8601 UTC text.

CREATE TABLE linked_subscriptions (
    subscription_key        TEXT NOT NULL,
    resource_group_key      TEXT NOT NULL,
    name_key                TEXT NOT NULL,
    subscription_id         TEXT NOT NULL,
    resource_group          TEXT NOT NULL,
    name                    TEXT NOT NULL,
    location                TEXT NOT NULL,
    linked_subscription_id  TEXT NOT NULL,
    registration_subscription_id TEXT NOT NULL,
    registration_resource_group  TEXT NOT NULL,
    registration_name       TEXT NOT NULL,
    device_id               TEXT NOT NULL,
    device_object_id        TEXT NOT NULL,
    last_connected_time     TEXT NOT NULL,
    created_by              TEXT NOT NULL,
    created_by_type         TEXT NOT NULL,
    created_at              TEXT NOT NULL,
    last_modified_by        TEXT NOT NULL,
    last_modified_by_type   TEXT NOT NULL,
    last_modified_at        TEXT NOT NULL,
    etag                    TEXT NOT NULL,
    PRIMARY KEY (subscription_key, resource_group_key, name_key)
);
