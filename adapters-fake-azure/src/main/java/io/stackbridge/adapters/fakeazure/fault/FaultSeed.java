package io.stackbridge.adapters.fakeazure.fault;

import jakarta.inject.Qualifier;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/** The seed of the fault injector's random source (a {@code long}), so that a run can be replayed. */
@Qualifier
@Documented
@Retention(RetentionPolicy.RUNTIME)
public @interface FaultSeed {
}
