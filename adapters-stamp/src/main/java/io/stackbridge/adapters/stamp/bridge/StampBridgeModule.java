package io.stackbridge.adapters.stamp.bridge;

import io.stackbridge.adapters.stamp.state.InMemoryStampStateModule;

/**
 * The whole stack side in memory: the stamp's and the bridge's use cases over the in-memory state
 * and a real sleeper. The component binds the initial {@code Stamp}, {@code BridgeSettings} and the
 * Azure ports (in process or over HTTPS); a durable component uses {@link StampUseCasesModule} and
 * {@link io.stackbridge.adapters.stamp.state.StampClockModule} with its own state module instead.
 */
@dagger.Module(includes = {StampUseCasesModule.class, InMemoryStampStateModule.class})
public interface StampBridgeModule {
}
