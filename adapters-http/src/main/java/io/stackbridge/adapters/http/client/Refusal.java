package io.stackbridge.adapters.http.client;

import io.stackbridge.domain.error.DomainError;

import java.util.Objects;

/** An error answer read: the domain error it stands for, and the server's own words in one line ({@code code: message}). */
record Refusal(DomainError error, String line) {

    Refusal {
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(line, "line");
    }
}
