package io.stackbridge.security;

import io.stackbridge.adapters.cli.Program;
import io.stackbridge.adapters.cli.console.ConsoleOutput;
import io.stackbridge.adapters.cli.serve.ServeCommand;
import io.stackbridge.adapters.cli.wiring.EmulatorLauncher;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code stackbridge serve} run in this JVM with its console captured, held up while a test works
 * against it: the test sees the emulator's URL (read from the start line) and, afterwards, every line
 * serve wrote.
 */
final class ServedForSweep {

    /** What a test does while the emulator is up. */
    interface Work {
        void against(URI url, Path caPem) throws Exception;
    }

    /** What serve wrote on its standard output and error, and its exit code. */
    record Console(int exitCode, String out, String err) {
    }

    private static final Pattern URL = Pattern.compile("StackBridge emulator on (https://127\\.0\\.0\\.1:\\d+)");

    private ServedForSweep() {
    }

    /** Serves with {@code args} (after {@code serve}) on 127.0.0.1, port 0, in {@code state}; any failure of {@code work} is thrown after. */
    static Console run(Path state, Work work, String... args) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ConsoleOutput console = new ConsoleOutput(new PrintWriter(out, true), new PrintWriter(err, true));
        Exception[] failed = new Exception[1];
        AssertionError[] refused = new AssertionError[1];
        Program program = new Program(console, Set.of(new ServeCommand(console, new EmulatorLauncher(), stop -> {
            try {
                work.against(url(out), state.resolve("ca.pem"));
            } catch (Exception failure) {
                failed[0] = failure;
            } catch (AssertionError failure) {
                refused[0] = failure;
            } finally {
                stop.run();
            }
        })));
        String[] command = java.util.stream.Stream.concat(java.util.stream.Stream.of("serve", "--host", "127.0.0.1", "--port", "0",
                "--state-dir", state.toString()), java.util.Arrays.stream(args)).toArray(String[]::new);
        int code = program.run(command);
        if (refused[0] != null) {
            throw refused[0];
        }
        if (failed[0] != null) {
            throw failed[0];
        }
        return new Console(code, out.toString(), err.toString());
    }

    /** The URL of the start line, which serve prints before it holds. */
    private static URI url(StringWriter out) {
        Matcher line = URL.matcher(out.toString());
        if (!line.find()) {
            throw new AssertionError("no start line: " + out);
        }
        return URI.create(line.group(1));
    }
}
