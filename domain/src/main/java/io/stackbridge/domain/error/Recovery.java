package io.stackbridge.domain.error;

/** What it takes to get past an error. */
public enum Recovery {
    /** Transient: the same request may succeed later; retry with backoff. */
    RETRY,
    /** Retrying alone will not help: someone must change the request, the set-up or the environment. */
    OPERATOR_ACTION;

    public boolean retryable() {
        return this == RETRY;
    }
}
