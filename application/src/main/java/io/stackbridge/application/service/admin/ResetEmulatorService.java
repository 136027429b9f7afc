package io.stackbridge.application.service.admin;

import io.stackbridge.application.port.in.admin.ResetEmulatorUseCase;
import io.stackbridge.application.port.out.ResetPort;

/** Resets the emulated Azure to its world. */
public final class ResetEmulatorService implements ResetEmulatorUseCase {

    private final ResetPort resets;

    public ResetEmulatorService(ResetPort resets) {
        this.resets = resets;
    }

    @Override
    public void reset() {
        resets.reset();
    }
}
