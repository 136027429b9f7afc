package io.stackbridge.junit;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kit is quiet by default: a JVM that uses it as a project's test does, with the kit's
 * dependencies only, prints neither SLF4J's warnings nor Javalin's "you don't have a logger" banner,
 * nor any INFO line of the emulator's libraries.
 */
class QuietByDefaultTest {

    @Test
    void a_test_using_the_kit_prints_no_logging_noise() throws Exception {
        Process run = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), KitInAnotherJvm.class.getName()))
                .redirectErrorStream(true)
                .start();
        String output = readAll(run);

        assertThat(run.waitFor(2, TimeUnit.MINUTES)).as("the run ended").isTrue();
        assertThat(run.exitValue()).as(output).isZero();
        assertThat(output.lines()).as(output)
                .noneMatch(line -> line.contains("SLF4J"))
                .noneMatch(line -> line.toLowerCase(java.util.Locale.ROOT).contains("logger"))
                .noneMatch(line -> line.contains("INFO"))
                .noneMatch(line -> line.contains("Javalin"));
    }

    private static String readAll(Process run) throws IOException {
        return new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
}
