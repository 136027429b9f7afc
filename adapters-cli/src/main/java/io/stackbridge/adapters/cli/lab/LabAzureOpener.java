package io.stackbridge.adapters.cli.lab;

import io.stackbridge.adapters.cli.stack.AzureChoice;
import io.stackbridge.adapters.cli.stack.StackProblem;
import io.vavr.control.Either;

/** Builds the Azure side of a lab for the emulator a command names; the composition root decides how. */
public interface LabAzureOpener {

    /** The emulator's ports, or the problem with its CA certificate file. */
    Either<StackProblem, LabAzure> open(AzureChoice.Emulator emulator);
}
