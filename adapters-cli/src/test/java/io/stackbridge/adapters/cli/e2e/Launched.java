package io.stackbridge.adapters.cli.e2e;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ./stackbridge …} run from the repository root as a child process, the way the README says;
 * its output is read line by line as it comes, so tests wait for a line, never for a fixed time.
 */
final class Launched implements AutoCloseable {

    /** Where the module's pom is (set by failsafe), whose parent is the repository root. */
    static final Path ROOT = Path.of(System.getProperty("stackbridge.module.dir", System.getProperty("user.dir")))
            .toAbsolutePath().getParent();

    private final Process process;
    private final BlockingQueue<String> pending = new LinkedBlockingQueue<>();
    private final List<String> out = new CopyOnWriteArrayList<>();
    private final List<String> err = new CopyOnWriteArrayList<>();
    private final List<Thread> readers = new ArrayList<>();

    private Launched(Process process) {
        this.process = process;
        readers.add(reader(process.getInputStream(), line -> {
            out.add(line);
            pending.add(line);
        }));
        readers.add(reader(process.getErrorStream(), err::add));
    }

    static Launched start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(ROOT.resolve("stackbridge").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile());
        String javaBin = Path.of(System.getProperty("java.home"), "bin").toString();
        builder.environment().merge("PATH", javaBin, (path, jdk) -> jdk + File.pathSeparator + path);
        builder.environment().put("CI", "true");
        Launched launched = new Launched(builder.start());
        launched.process.getOutputStream().close();
        return launched;
    }

    /** Reads standard output until a line matches {@code pattern}; fails at the deadline or if the process ends first. */
    Matcher awaitLine(Pattern pattern, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            String line = pending.poll(200, TimeUnit.MILLISECONDS);
            if (line != null) {
                Matcher matcher = pattern.matcher(line);
                if (matcher.matches()) {
                    return matcher;
                }
            } else if (!process.isAlive() && pending.isEmpty()) {
                throw new AssertionError("stackbridge ended with " + process.exitValue() + " before printing the line; " + transcript());
            }
        }
        throw new AssertionError("no line matching " + pattern + " within " + timeout + "; " + transcript());
    }

    /**
     * Sends SIGTERM and waits for the process to end; its exit code. Through the process handle:
     * {@code Process.destroy()} would also close the pipes and lose the last lines.
     */
    int terminate(Duration timeout) throws InterruptedException {
        process.toHandle().destroy();
        return awaitExit(timeout);
    }

    /** Kills the process with SIGKILL, as a crash would: no shutdown hook, no last write; waits until it is gone. */
    void kill(Duration timeout) throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("stackbridge survived SIGKILL for " + timeout);
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("stackbridge still running after " + timeout + "; " + transcript());
        }
        for (Thread reader : readers) {
            reader.join(timeout.toMillis());
        }
        return process.exitValue();
    }

    List<String> out() {
        return List.copyOf(out);
    }

    List<String> err() {
        return List.copyOf(err);
    }

    String transcript() {
        return "stdout: " + out + " stderr: " + err;
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }

    private static Thread reader(InputStream stream, java.util.function.Consumer<String> sink) {
        Thread thread = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    sink.accept(line);
                }
            } catch (IOException closed) {
                // The pipe was closed by close(): nothing more to read.
            }
        }, "stackbridge-output");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
