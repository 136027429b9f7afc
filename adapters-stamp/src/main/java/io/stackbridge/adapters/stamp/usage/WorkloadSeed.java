package io.stackbridge.adapters.stamp.usage;

import jakarta.inject.Qualifier;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/** Qualifies the {@code long} that seeds the workload simulator (the same seed gives the same usage). */
@Qualifier
@Documented
@Retention(RetentionPolicy.RUNTIME)
public @interface WorkloadSeed {
}
