package io.stackbridge.adapters.cli.wiring;

import dagger.Binds;
import dagger.Provides;
import io.stackbridge.adapters.cli.stack.StackDefaults;
import io.stackbridge.adapters.cli.stack.StackOpener;
import io.stackbridge.adapters.fakeazure.world.DefaultWorld;
import io.stackbridge.adapters.stamp.usage.DefaultLocalDirectory;

/** What the stack-side commands run on: stamps opened from their SQLite data directories, and the well-known IDs they default to. */
@dagger.Module
abstract class StackModule {

    private StackModule() {
    }

    @Binds
    abstract StackOpener opener(StackLauncher launcher);

    @Provides
    static StackDefaults defaults() {
        return new StackDefaults(DevPrincipals.BRIDGE, DefaultWorld.REGISTRATION_SUBSCRIPTION.value(), DefaultLocalDirectory.PROVIDER.value());
    }
}
