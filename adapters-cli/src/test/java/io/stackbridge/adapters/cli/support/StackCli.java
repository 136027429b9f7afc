package io.stackbridge.adapters.cli.support;

import io.stackbridge.adapters.cli.console.ConsoleOutput;
import io.stackbridge.adapters.cli.wiring.StackBridgeComponent;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;

/** The whole program in this JVM, as its composition root builds it, its console captured and its standard input given. */
public final class StackCli {

    private StackCli() {
    }

    public static CliRun run(String... args) {
        return withInput("", args);
    }

    public static CliRun withInput(String input, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ConsoleOutput console = new ConsoleOutput(new PrintWriter(out), new PrintWriter(err), new StringReader(input));
        int code = StackBridgeComponent.create(console).program().run(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
