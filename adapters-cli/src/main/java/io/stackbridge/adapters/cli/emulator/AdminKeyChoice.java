package io.stackbridge.adapters.cli.emulator;

import io.stackbridge.adapters.support.access.AdminKey;
import java.util.Objects;

/**
 * Whether the emulator's admin API and portal ask for an admin key, and which: none (open, the
 * default on loopback), one the user gave (named by where it came from), or one generated at start,
 * kept in the state directory's {@code admin-key} file for the owner only.
 */
public sealed interface AdminKeyChoice {

    /** No key asked. */
    record Open() implements AdminKeyChoice {
    }

    /** The user's key; {@code origin} is what gave it ({@code --admin-key}, {@code STACKBRIDGE_ADMIN_KEY}, a builder). */
    record Given(AdminKey key, String origin) implements AdminKeyChoice {
        public Given {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(origin, "origin");
        }
    }

    /** A fresh key at each start. */
    record Generate() implements AdminKeyChoice {
    }
}
