package io.stackbridge.benchmarks.soak;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One {@code ./stackbridge …} child process, its output appended to a log file. Its process id is
 * written to the run's pid file while it lives, so that the {@code benchmarks/soak} script can end
 * it even if this JVM is killed; a shutdown hook ends it when this JVM stops normally.
 */
final class SoakChild {

    private final Process process;

    private SoakChild(Process process) {
        this.process = process;
    }

    static SoakChild start(Path root, Path log, Path pidFile, List<String> args) {
        List<String> command = new ArrayList<>(List.of(root.resolve("stackbridge").toString()));
        command.addAll(args);
        try {
            Files.writeString(log, "\n$ stackbridge " + String.join(" ", args) + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            Process process = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
                    .start();
            Files.writeString(pidFile, process.pid() + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            SoakChild child = new SoakChild(process);
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
            return child;
        } catch (IOException e) {
            throw new IllegalStateException("could not start stackbridge " + args, e);
        }
    }

    /** Runs a short command to its end; its exit code. */
    static int run(Path root, Path log, Path pidFile, long timeoutSeconds, List<String> args) {
        SoakChild child = start(root, log, pidFile, args);
        if (!child.waitFor(timeoutSeconds)) {
            child.kill();
            throw new IllegalStateException("stackbridge " + args + " still running after " + timeoutSeconds + " s (see " + log + ")");
        }
        return child.process.exitValue();
    }

    /** SIGKILL, as a crash: no shutdown hook runs in the child; returns once it is gone. */
    void kill() {
        process.destroyForcibly();
        waitFor(60);
    }

    /** SIGTERM, then SIGKILL after {@code seconds}. */
    void stop(long seconds) {
        process.destroy();
        if (!waitFor(seconds)) {
            kill();
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    boolean waitFor(long seconds) {
        try {
            return process.waitFor(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    int exitValue() {
        return process.exitValue();
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }
}
