package io.stackbridge.adapters.http.archfixture;

import io.stackbridge.adapters.support.archfixture.SharedThing;

/** Breaks nothing: any adapter may use the shared support module. */
public final class HttpUsingSupport {

    public SharedThing shared() {
        return new SharedThing();
    }
}
