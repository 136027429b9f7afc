package io.stackbridge.adapters.http.archfixture;

import io.stackbridge.adapters.fakeazure.archfixture.FakeThing;

/** Breaks rule a: one adapter that depends on another. */
public final class HttpReachingIntoFakeAzure {

    public FakeThing fake() {
        return new FakeThing();
    }
}
