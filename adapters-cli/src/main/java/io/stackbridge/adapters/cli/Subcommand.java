package io.stackbridge.adapters.cli;

import java.util.concurrent.Callable;

/** A command of {@code stackbridge}, a picocli {@code @Command} class answering its exit code; adding one takes the class and one line in {@code wiring.CommandsModule}. */
public interface Subcommand extends Callable<Integer> {
}
