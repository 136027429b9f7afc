package io.stackbridge.adapters.http.client;

import io.stackbridge.domain.bridge.TransportFailure;

import java.util.Objects;

/** An exchange that failed below the level of an answer: how it failed, and the underlying cause in one line. */
record WireFailure(TransportFailure failure, String cause) {

    WireFailure {
        Objects.requireNonNull(failure, "failure");
        Objects.requireNonNull(cause, "cause");
    }
}
