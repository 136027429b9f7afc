package io.stackbridge.adapters.cli.benchmarks;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * benchmarks/run sits outside ./mvnw verify (its figures take minutes), so its logic is checked
 * here, where verify runs: argument parsing, the target/ratio verdicts and the exit code that makes
 * a regression loud. No benchmark runs: only the script's --self-test and --verdict modes.
 */
class BenchmarksRunScriptTest {

    private static final Path ROOT = Path.of(System.getProperty("stackbridge.module.dir", System.getProperty("user.dir")))
            .toAbsolutePath().getParent();

    @Test
    void the_scripts_own_checks_pass() throws Exception {
        Run run = run("--self-test");

        assertThat(run.output()).containsPattern("self-test: [1-9][0-9]* passed, 0 failed");
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void a_figure_that_misses_its_target_by_more_than_twice_fails_the_run() throws Exception {
        Run run = run("--verdict", "arm-get-p99", "25", "10", "le", "ms");

        assertThat(run.output().trim()).matches("arm-get-p99\\s+25ms\\s+<=10ms\\s+2\\.50\\s+FAIL");
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void a_figure_within_twice_its_target_is_a_miss_and_not_a_failure() throws Exception {
        Run miss = run("--verdict", "arm-get-vs-wiremock", "1.0", "1.5", "ge", "x");
        Run pass = run("--verdict", "arm-get-vs-wiremock", "1.6", "1.5", "ge", "x");

        assertThat(miss.output().trim()).endsWith("MISS");
        assertThat(miss.exitCode()).isZero();
        assertThat(pass.output().trim()).endsWith("PASS");
        assertThat(pass.exitCode()).isZero();
    }

    @Test
    void an_unknown_figure_is_a_usage_error_that_names_it() throws Exception {
        Run run = run("http", "warp-speed");

        assertThat(run.output()).contains("unknown argument 'warp-speed'");
        assertThat(run.exitCode()).isEqualTo(2);
    }

    @Test
    void the_script_registers_with_the_emulator_guides_ready_made_token() throws IOException {
        String script = Files.readString(ROOT.resolve("benchmarks/run"));
        String guide = Files.readString(ROOT.resolve("docs/emulator.md"));

        assertThat(value(script, "REGISTRATION_TOKEN")).isEqualTo(value(guide, "REGISTRATION_TOKEN"));
        assertThat(value(script, "CLOUD")).isEqualTo(value(guide, "CLOUD"));
    }

    private static String value(String text, String name) {
        Matcher line = Pattern.compile("^" + name + "=(\\S+)$", Pattern.MULTILINE).matcher(text);
        assertThat(line.find()).as(name).isTrue();
        return line.group(1);
    }

    private record Run(int exitCode, String output) {
    }

    private static Run run(String... arguments) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("bash", ROOT.resolve("benchmarks/run").toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true).start();
        process.getOutputStream().close();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("benchmarks/run ends").isTrue();
        return new Run(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }
}
