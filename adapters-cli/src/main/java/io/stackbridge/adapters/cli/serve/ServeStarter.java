package io.stackbridge.adapters.cli.serve;

import io.stackbridge.adapters.cli.emulator.Emulator;
import io.stackbridge.adapters.cli.emulator.EmulatorSettings;
import io.stackbridge.adapters.cli.emulator.StartFailure;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.nio.file.Path;

/** Starts the emulator {@code serve} runs: its state in memory, or kept in a data directory between starts when one is given. */
public interface ServeStarter {

    Either<StartFailure, Emulator> start(EmulatorSettings settings, Option<Path> dataDirectory);
}
