package io.stackbridge.adapters.sqlite.emulator;

import io.stackbridge.domain.registration.RegistrationKey;

/** A registration key as the three lower-case columns it is looked up by. */
final class KeyColumns {

    /** The condition on {@code subscription_key, resource_group_key, name_key}; bind with {@link #of}. */
    static final String MATCH = "subscription_key = ? AND resource_group_key = ? AND name_key = ?";

    private KeyColumns() {
    }

    static Object[] of(RegistrationKey key) {
        return new Object[] {key.subscriptionId().guid().key(), key.resourceGroup().key(), key.name().key()};
    }

    /** The key's columns followed by {@code more} parameters. */
    static Object[] of(RegistrationKey key, Object... more) {
        Object[] all = new Object[3 + more.length];
        System.arraycopy(of(key), 0, all, 0, 3);
        System.arraycopy(more, 0, all, 3, more.length);
        return all;
    }
}
