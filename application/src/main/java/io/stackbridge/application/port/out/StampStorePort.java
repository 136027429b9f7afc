package io.stackbridge.application.port.out;

import io.stackbridge.domain.stamp.Stamp;

/** Where the stamp keeps its identity and configuration: cloud ID, nodes, billing choice and bridge principal. */
public interface StampStorePort {

    /** The stamp as last saved (a store starts with the stamp it was set up for). */
    Stamp stamp();

    void save(Stamp stamp);
}
