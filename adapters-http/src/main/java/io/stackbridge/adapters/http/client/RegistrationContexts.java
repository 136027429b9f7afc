package io.stackbridge.adapters.http.client;

import io.stackbridge.domain.error.ErrorContext;
import io.stackbridge.domain.registration.RegistrationKey;

/** What a call about one registration knows, for the errors its answers stand for. */
final class RegistrationContexts {

    private RegistrationContexts() {
    }

    static ErrorContext of(RegistrationKey key) {
        return ErrorContext.EMPTY.subscription(key.subscriptionId()).resourceGroup(key.resourceGroup()).registration(key.name());
    }
}
