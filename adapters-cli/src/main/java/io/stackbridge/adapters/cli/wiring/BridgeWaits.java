package io.stackbridge.adapters.cli.wiring;

import io.stackbridge.application.port.out.SleeperPort;

/** What the bridge's waits between retries go through on their way to the stamp's sleeper: nothing, or a log of each wait. */
@FunctionalInterface
public interface BridgeWaits {

    BridgeWaits NONE = sleeper -> sleeper;

    SleeperPort around(SleeperPort sleeper);
}
