package io.stackbridge.adapters.fakeazure.inprocess;

import jakarta.inject.Qualifier;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/** The timeout (a {@code Duration}) that in-process callers report when a Slow fault makes them give up. */
@Qualifier
@Documented
@Retention(RetentionPolicy.RUNTIME)
public @interface InProcessTimeout {
}
