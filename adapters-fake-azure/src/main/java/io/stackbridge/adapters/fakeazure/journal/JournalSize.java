package io.stackbridge.adapters.fakeazure.journal;

import jakarta.inject.Qualifier;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/** The number of entries the journal keeps before it drops the oldest. */
@Qualifier
@Retention(RetentionPolicy.RUNTIME)
public @interface JournalSize {

    /** The default: enough for any test's assertions, small enough to stay a few megabytes. */
    int DEFAULT = 5000;

    /** The largest size accepted. */
    int MAX = 1_000_000;
}
