package io.stackbridge.adapters.fakeazure;

/** A stateful part of the fake that can go back to how it was when the fake started. */
public interface Resettable {

    /** Returns to the initial state (the world's seed data, no faults, no journal, no clock offset). */
    void reset();
}
