package io.stackbridge.adapters.cli.guide;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs shell snippets one after the other in a single {@code bash -euo pipefail} session, so that the
 * variables one sets are there for the next, and tells each snippet's output apart.
 */
final class BashSession {

    /** How the session ended: its exit code, and the output of every snippet it started (the last one started is the one that failed). */
    record Outcome(int exitCode, List<String> outputs) {

        boolean succeeded() {
            return exitCode == 0;
        }
    }

    private static final String MARKER = "@@stackbridge-guide-snippet@@";

    private BashSession() {
    }

    /** True when {@code command} is on the PATH. */
    static boolean has(String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("bash", "-c", "command -v " + command).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
    }

    /** Runs {@code snippets} in {@code directory}; curl there talks to hosts directly (no proxy, no ~/.curlrc). */
    static Outcome run(List<String> snippets, Path directory, Duration limit) throws IOException, InterruptedException {
        StringBuilder script = new StringBuilder();
        for (String snippet : snippets) {
            script.append("printf '\\n%s\\n' '").append(MARKER).append("'\n").append(snippet).append('\n');
        }
        Path file = Files.writeString(directory.resolve("guide.sh"), script);
        Path output = directory.resolve("guide.out");
        ProcessBuilder bash = new ProcessBuilder("bash", "-euo", "pipefail", file.toString())
                .directory(directory.toFile()).redirectErrorStream(true).redirectOutput(output.toFile());
        Map<String, String> environment = bash.environment();
        List.of("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "all_proxy").forEach(environment::remove);
        environment.put("NO_PROXY", "127.0.0.1");
        environment.put("no_proxy", "127.0.0.1");
        environment.put("CURL_HOME", directory.toString());
        Process process = bash.start();
        process.getOutputStream().close();
        if (!process.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("the guide's blocks did not end within " + limit + "; output so far:\n" + Files.readString(output));
        }
        return new Outcome(process.exitValue(), split(Files.readString(output, StandardCharsets.UTF_8)));
    }

    private static List<String> split(String output) {
        List<String> outputs = new ArrayList<>(List.of(output.split("\n" + MARKER + "\n", -1)));
        outputs.remove(0);
        return List.copyOf(outputs);
    }
}
