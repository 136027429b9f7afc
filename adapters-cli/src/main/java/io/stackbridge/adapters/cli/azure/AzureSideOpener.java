package io.stackbridge.adapters.cli.azure;

import io.stackbridge.adapters.cli.stack.AzureChoice;
import io.stackbridge.adapters.cli.stack.StackProblem;
import io.vavr.control.Either;

/** Gives the terminal the ports of the Azure a command chose ({@code --azure}, {@code --ca}, {@code --timeout}). */
public interface AzureSideOpener {

    /** The ports of {@code choice}; an unusable CA certificate file is a problem, not an exception. */
    Either<StackProblem, AzureSide> open(AzureChoice choice);
}
