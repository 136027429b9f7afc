package io.stackbridge.adapters.cli.stack;

import io.stackbridge.adapters.cli.console.ConsoleOutput;
import io.stackbridge.domain.stamp.Stamp;
import jakarta.inject.Inject;

import java.io.BufferedReader;
import java.util.function.BiFunction;

/**
 * How a stack-side command runs: open the stamp through the opener, do its work with the use cases
 * and the console, and answer an exit code; a problem opening the stamp is reported, not thrown.
 */
public final class StackCommand {

    private final ConsoleOutput console;
    private final StackOpener opener;

    @Inject
    public StackCommand(ConsoleOutput console, StackOpener opener) {
        this.console = console;
        this.opener = opener;
    }

    /** Runs {@code work} on the stamp in {@code request}'s data directory. */
    public int run(StackOptions options, StackRequest request, BiFunction<StackUseCases, StackConsole, Integer> work) {
        StackConsole out = StackConsole.of(console, options);
        return opener.run(request, useCases -> work.apply(useCases, out)).fold(out::problem, code -> code);
    }

    /** Runs {@code work} creating {@code stamp} in {@code request}'s data directory. */
    public int create(StackOptions options, StackRequest request, Stamp stamp, BiFunction<StackUseCases, StackConsole, Integer> work) {
        StackConsole out = StackConsole.of(console, options);
        return opener.create(request, stamp, useCases -> work.apply(useCases, out)).fold(out::problem, code -> code);
    }

    public StackConsole console(StackOptions options) {
        return StackConsole.of(console, options);
    }

    /** Standard input, for a value given as {@code -}. */
    public BufferedReader input() {
        return console.input();
    }
}
