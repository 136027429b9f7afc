package io.stackbridge.application.service.admin;

import io.stackbridge.application.port.in.admin.ReadWorldUseCase;
import io.stackbridge.application.port.out.WorldPort;
import io.stackbridge.domain.world.World;

/** Reads the current world. */
public final class ReadWorldService implements ReadWorldUseCase {

    private final WorldPort world;

    public ReadWorldService(WorldPort world) {
        this.world = world;
    }

    @Override
    public World world() {
        return world.current();
    }
}
