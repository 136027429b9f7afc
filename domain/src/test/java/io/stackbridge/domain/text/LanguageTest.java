package io.stackbridge.domain.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class LanguageTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "fr-FR | FR",
            "fr-CA,fr;q=0.9,en;q=0.8 | FR",
            "en-US,en;q=0.9 | EN",
            "de-DE,fr;q=0.5 | FR",
            "de-DE | EN",
            "null | EN",
            "'' | EN",
            ";;;garbage;;; | EN",
            "- | EN",
            "fr,- | EN"})
    void accept_language_picks_french_or_falls_back_to_english(String header, Language expected) {
        assertThat(Language.fromAcceptLanguage(header)).isEqualTo(expected);
    }

    /** Found by the parser fuzz test: one range of 14,000 characters took the JDK's matching 16 s. */
    @Test
    void a_huge_header_is_answered_at_once_and_its_readable_ranges_still_count() {
        String huge = "en-US".repeat(3_000);

        assertTimeoutPreemptively(Duration.ofSeconds(1), () -> {
            assertThat(Language.fromAcceptLanguage(huge)).isEqualTo(Language.EN);
            assertThat(Language.fromAcceptLanguage(huge + ",fr;q=0.5")).isEqualTo(Language.FR);
            assertThat(Language.fromAcceptLanguage("de,".repeat(5_000) + "fr")).isEqualTo(Language.EN);
        });
    }
}
