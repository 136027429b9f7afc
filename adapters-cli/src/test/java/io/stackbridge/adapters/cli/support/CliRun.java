package io.stackbridge.adapters.cli.support;

import io.stackbridge.adapters.cli.Program;
import io.stackbridge.adapters.cli.console.ConsoleOutput;
import io.stackbridge.adapters.cli.serve.Lifetime;
import io.stackbridge.adapters.cli.emulator.EmulatorSettings;
import io.stackbridge.adapters.cli.serve.ServeCommand;
import io.stackbridge.adapters.cli.serve.ServeStarter;
import io.stackbridge.adapters.cli.wiring.EmulatorLauncher;

import io.vavr.control.Option;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One run of the program in this JVM, its console captured; {@code serve} holds its emulator only as long as {@code lifetime}
 * says, and the machine's host name is {@code build-box.example} unless a test says otherwise.
 */
public record CliRun(int exitCode, String out, String err) {

    /** Runs with a lifetime that stops the emulator as soon as it has started. */
    public static CliRun of(String... args) {
        return with(Runnable::run, args);
    }

    public static CliRun with(Lifetime lifetime, String... args) {
        return run(new EmulatorLauncher(), lifetime, args);
    }

    /**
     * Runs {@code serve} deciding everything from the address its {@code --host} names (admin key,
     * weak-auth refusal, certificate names, start lines) while the emulator binds 127.0.0.1 only: a
     * test of {@code --host 0.0.0.0} listens on no other address.
     */
    public static CliRun bindingLoopbackOnly(String... args) {
        return bindingLoopbackOnly(Option.some("build-box.example"), args);
    }

    /** As {@link #bindingLoopbackOnly(String...)}, the machine's host name being {@code machineName} (none: it cannot be read). */
    public static CliRun bindingLoopbackOnly(Option<String> machineName, String... args) {
        EmulatorLauncher launcher = new EmulatorLauncher();
        ServeStarter loopback = (settings, data) -> launcher.start(settings.withHost(EmulatorSettings.DEFAULT_HOST), data);
        return run(loopback, Runnable::run, () -> machineName, args);
    }

    private static CliRun run(ServeStarter starter, Lifetime lifetime, String... args) {
        return run(starter, lifetime, () -> Option.some("build-box.example"), args);
    }

    private static CliRun run(ServeStarter starter, Lifetime lifetime, Supplier<Option<String>> machineName, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ConsoleOutput console = new ConsoleOutput(new PrintWriter(out), new PrintWriter(err));
        Program program = new Program(console, Set.of(new ServeCommand(console, starter, lifetime, machineName)));
        int code = program.run(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    public List<String> outLines() {
        return out.lines().toList();
    }

    public List<String> errLines() {
        return err.lines().toList();
    }
}
