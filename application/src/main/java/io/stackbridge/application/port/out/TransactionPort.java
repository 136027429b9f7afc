package io.stackbridge.application.port.out;

import java.util.function.Supplier;

/**
 * Runs a read-check-write step as one unit, so that concurrent callers never see or break a
 * half-applied change (one subscription per tenant, one registration per cloud, one booking per batch).
 */
public interface TransactionPort {

    <T> T atomically(Supplier<T> work);
}
