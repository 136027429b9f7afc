package io.stackbridge.adapters.fakeazure.contract;

import io.stackbridge.adapters.cli.wiring.FakeAzureComponent;
import io.stackbridge.adapters.fakeazure.wiring.FakeAzureSettings;

/** The in-process fake as an Azure under test: the fake in memory on the default world, as {@code FakeAzure.start()} makes it. */
public final class InProcessAzure extends ComposedFakeAzure<FakeAzureComponent> {

    private InProcessAzure(FakeAzureComponent fake) {
        super(fake);
    }

    /** A fresh fake Azure on the default world. */
    public static InProcessAzure start() {
        return new InProcessAzure(FakeAzureComponent.create(FakeAzureSettings.defaults()));
    }
}
