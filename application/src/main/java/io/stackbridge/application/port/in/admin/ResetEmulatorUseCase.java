package io.stackbridge.application.port.in.admin;

/** Puts the emulated Azure back to its initial world. */
public interface ResetEmulatorUseCase {

    void reset();
}
