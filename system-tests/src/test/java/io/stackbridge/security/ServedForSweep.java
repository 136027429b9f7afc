package io.stackbridge.security;

import io.stackbridge.adapters.cli.Program;
import io.stackbridge.adapters.cli.console.ConsoleOutput;
import io.stackbridge.adapters.cli.serve.ServeCommand;
import io.stackbridge.adapters.cli.wiring.EmulatorLauncher;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
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

    /**
     * What serve wrote on its console (standard output and error), its exit code, and what the process's own streams
     * received meanwhile (the libraries' log lines, which slf4j-simple writes to standard error).
     */
    record Console(int exitCode, String out, String err, String process) {
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
        ByteArrayOutputStream process = new ByteArrayOutputStream();
        PrintStream systemOut = System.out;
        PrintStream systemErr = System.err;
        System.setOut(new PrintStream(new TeeOutputStream(systemOut, process), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new TeeOutputStream(systemErr, process), true, StandardCharsets.UTF_8));
        int code;
        try {
            code = program.run(command);
        } finally {
            System.setOut(systemOut);
            System.setErr(systemErr);
        }
        if (refused[0] != null) {
            throw refused[0];
        }
        if (failed[0] != null) {
            throw failed[0];
        }
        return new Console(code, out.toString(), err.toString(), process.toString(StandardCharsets.UTF_8));
    }

    /** Writes to both streams. */
    private static final class TeeOutputStream extends OutputStream {
        private final OutputStream first;
        private final OutputStream second;

        TeeOutputStream(OutputStream first, OutputStream second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public synchronized void write(int b) throws IOException {
            first.write(b);
            second.write(b);
        }

        @Override
        public synchronized void write(byte[] bytes, int offset, int length) throws IOException {
            first.write(bytes, offset, length);
            second.write(bytes, offset, length);
        }

        @Override
        public void flush() throws IOException {
            first.flush();
            second.flush();
        }
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
