package io.stackbridge.adapters.cli.stack;

import io.stackbridge.domain.stamp.Stamp;
import io.vavr.control.Either;

import java.util.function.Function;

/**
 * Opens the stamp kept in a data directory, with the Azure it reaches, runs a command's work on its
 * use cases and closes it again; the composition root decides how. A problem with the directory or
 * its files comes back as a {@link StackProblem}, never as an exception.
 */
public interface StackOpener {

    /** Runs {@code work} on the stamp the directory holds; its answer is the exit code. */
    Either<StackProblem, Integer> run(StackRequest request, Function<StackUseCases, Integer> work);

    /** Runs {@code work} on a directory that holds no stamp yet, {@code stamp} being the one to create there. */
    Either<StackProblem, Integer> create(StackRequest request, Stamp stamp, Function<StackUseCases, Integer> work);
}
