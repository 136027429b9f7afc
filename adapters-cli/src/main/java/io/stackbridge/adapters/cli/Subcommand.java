package io.stackbridge.adapters.cli;

import io.vavr.control.Option;

import java.util.concurrent.Callable;

/**
 * A command of {@code stackbridge}, a picocli {@code @Command} class answering its exit code; adding
 * one takes the class and one line in {@code wiring.CommandsModule}. A command under a group
 * ({@code stamp init}) names the group's {@code @Command} class.
 */
public interface Subcommand extends Callable<Integer> {

    /** The group this command sits under, if any. */
    default Option<Class<? extends CommandGroup>> group() {
        return Option.none();
    }
}
