package io.stackbridge.adapters.http.server;

import io.stackbridge.adapters.support.access.AdminKey;

import java.util.Objects;

/** Who may use the admin API ({@code /_stackbridge/…}) and the portal's API: anyone (on loopback), or whoever sends the admin key. */
public sealed interface AdminAccess {

    /** No key asked: the default on a loopback address. */
    record Open() implements AdminAccess {
    }

    /** Every admin call must carry {@code key} in {@link AdminKey#HEADER}. */
    record KeyRequired(AdminKey key) implements AdminAccess {
        public KeyRequired {
            Objects.requireNonNull(key, "key");
        }
    }
}
