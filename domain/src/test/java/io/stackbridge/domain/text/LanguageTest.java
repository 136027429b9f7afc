package io.stackbridge.domain.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

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
            ";;;garbage;;; | EN"})
    void accept_language_picks_french_or_falls_back_to_english(String header, Language expected) {
        assertThat(Language.fromAcceptLanguage(header)).isEqualTo(expected);
    }
}
