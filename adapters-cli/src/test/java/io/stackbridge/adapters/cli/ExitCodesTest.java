package io.stackbridge.adapters.cli;

import io.stackbridge.adapters.cli.console.CliText;
import io.stackbridge.adapters.cli.emulator.StartFailure;
import io.stackbridge.domain.text.Language;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Every way an emulator can fail to start has an exit code and a sentence in English and French. */
class ExitCodesTest {

    private static final List<StartFailure> ONE_OF_EACH = List.of(
            new StartFailure.PortInUse("127.0.0.1", 8443),
            new StartFailure.FileUnreadable("--world", Path.of("/w.json")),
            new StartFailure.WorldFileUnreadable(Path.of("/w.json"), "MalformedInputException"),
            new StartFailure.WorldFileInvalid(Path.of("/w.json"), List.empty()),
            new StartFailure.CertificateUnusable("bad password"),
            new StartFailure.CannotStart("disk full"));

    @Test
    void the_samples_cover_every_kind_of_start_failure() {
        assertThat(ONE_OF_EACH.<Class<?>>map(Object::getClass).distinct()).containsExactlyInAnyOrder(StartFailure.class.getPermittedSubclasses());
    }

    @Test
    void a_taken_port_is_a_failure_and_bad_input_a_usage_error() {
        assertThat(ONE_OF_EACH.map(ExitCodes::of)).containsExactly(1, 2, 2, 2, 2, 1);
    }

    @Test
    void every_start_failure_has_a_sentence_in_each_language() {
        for (Language language : Language.values()) {
            CliText text = CliText.in(language);
            ONE_OF_EACH.forEach(failure -> assertThat(text.format(failure.messageKey(), failure.messageArguments().toJavaArray()))
                    .startsWith("stackbridge"));
        }
    }

    @Test
    void english_and_french_have_the_same_sentences() {
        assertThat(CliText.in(Language.FR).keys()).containsExactlyInAnyOrderElementsOf(CliText.in(Language.EN).keys());
    }
}
