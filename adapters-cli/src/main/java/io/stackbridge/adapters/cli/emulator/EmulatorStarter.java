package io.stackbridge.adapters.cli.emulator;

import io.vavr.control.Either;

/** Starts an emulator in this process; the composition root decides how it is built. */
public interface EmulatorStarter {

    Either<StartFailure, Emulator> start(EmulatorSettings settings);
}
