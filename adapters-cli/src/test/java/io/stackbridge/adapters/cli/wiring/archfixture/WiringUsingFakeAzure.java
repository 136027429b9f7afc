package io.stackbridge.adapters.cli.wiring.archfixture;

import io.stackbridge.adapters.fakeazure.archfixture.FakeThing;

/** Breaks nothing: the composition root may depend on other adapters. */
public final class WiringUsingFakeAzure {

    public FakeThing fake() {
        return new FakeThing();
    }
}
