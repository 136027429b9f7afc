package io.stackbridge.adapters.cli.lab;

import io.vavr.control.Either;

import java.util.Objects;

/**
 * One look at whether a lab's problem is there: the command an operator would have typed to see it
 * ({@code bridge push --attempts 1}, {@code azure tenant show …}), and what it met: a symptom, or
 * the sentence saying it worked.
 */
record Probe(String command, Either<Symptom, String> outcome) {

    Probe {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(outcome, "outcome");
    }

    boolean fixed() {
        return outcome.isRight();
    }
}
