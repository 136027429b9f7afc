package io.stackbridge.adapters.cli.serve;

import io.stackbridge.adapters.cli.console.ConsoleOutput;
import io.stackbridge.adapters.cli.emulator.EmulatorSettings;
import io.stackbridge.adapters.cli.emulator.StartFailure;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** A plain {@code serve} line read without picocli starts the emulator with exactly what picocli would start it with; any other line is left to picocli. */
class PlainServeLineTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "serve",
            "serve --port 0 --state-dir /tmp/stackbridge-state",
            "serve --port=58443 --host=0.0.0.0 --auth=strict --seed=42 --journal-size=1",
            "serve --port=58443 --host=127.0.0.1 --http-port=0 --auth=basic",
            "serve --auth OFF --world world.json --data-dir data --state-dir relative/state --journal-size 1000000",
            "serve --http-port 65535 --seed 0 --port 8443 --auth STRICT",
            "serve --port 0 --stamp-dir relative/stamp",
            "serve --stamp-dir=/tmp/stackbridge-stamp --data-dir data",
    })
    void starts_with_what_picocli_reads(String line) {
        String[] args = line.split(" ");

        Option<PlainServeLine> plain = PlainServeLine.of(args);

        assertThat(plain).isNotEmpty();
        assertThat(startedWith(command -> command.serve(plain.get().settings(), plain.get().dataDirectory())))
                .isEqualTo(startedWith(command -> new CommandLine(command).setCaseInsensitiveEnumValuesAllowed(true)
                        .execute(Arrays.copyOfRange(args, 1, args.length))));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "serve --help", "serve -h", "serve --version", "serve --port 0 --port 1", "serve --port 08443", "serve --port +1",
            "serve --port 70000", "serve --port 99999999999", "serve --port", "serve --port=", "serve --host --port",
            "serve --seed -1", "serve --auth lenient", "serve --journal-size 0", "serve --journal-size 1000001",
            "serve --cert server.p12", "serve --key key.pem", "serve --cert-password secret", "serve @more-arguments",
            "serve --world @world.json", "serve extra", "serve -- --port 0", "serve --frobnicate 1", "serve --world \"a b\"",
            "serve --auth Strict", "stamp init", "--help", "Serve --port 0",
    })
    void leaves_any_other_line_to_picocli(String line) {
        assertThat(PlainServeLine.of(line.split(" "))).isEmpty();
    }

    @Test
    void an_empty_line_is_left_to_picocli() {
        assertThat(PlainServeLine.of()).isEmpty();
    }

    /** The settings and data directory a run of the command hands to the emulator's starter. */
    private static Tuple2<EmulatorSettings, Option<Path>> startedWith(java.util.function.Consumer<ServeCommand> run) {
        AtomicReference<Tuple2<EmulatorSettings, Option<Path>>> seen = new AtomicReference<>();
        ServeStarter recording = (settings, dataDirectory) -> {
            seen.set(Tuple.of(settings, dataDirectory));
            return Either.left(new StartFailure.CannotStart("recorded"));
        };
        ConsoleOutput console = new ConsoleOutput(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        run.accept(new ServeCommand(console, recording, stop -> { }));
        assertThat(seen.get()).as("the command started the emulator").isNotNull();
        return seen.get();
    }
}
