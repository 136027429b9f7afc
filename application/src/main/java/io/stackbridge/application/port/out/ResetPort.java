package io.stackbridge.application.port.out;

/** Returns the emulated Azure to its initial world: no resources, no faults, empty journal, clock in step. */
public interface ResetPort {

    void reset();
}
