package io.stackbridge.application.port.in.admin;

import io.stackbridge.domain.world.World;

/** Shows the emulated Azure's current world. */
public interface ReadWorldUseCase {

    World world();
}
