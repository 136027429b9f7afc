package io.stackbridge.adapters.cli.wiring;

import dagger.BindsOptionalOf;
import dagger.Module;
import io.stackbridge.adapters.support.logs.RoleLog;

/**
 * The stamp's role log and the bridge's retry waits, when the component has them (its Azure was
 * {@link AzureForStamp#logged logged}); a component without them logs nothing and waits as before.
 */
@Module
public abstract class StampLogsModule {

    private StampLogsModule() {
    }

    @BindsOptionalOf
    abstract RoleLog log();

    @BindsOptionalOf
    abstract BridgeWaits waits();
}
