package io.stackbridge.adapters.cli.console;

import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every French sentence (domain messages, the program's messages, the help) keeps the terms chosen
 * for the product and French typography: a non-breaking space (U+00A0) before : ; ? ! and » and after «.
 */
class FrenchWordsTest {

    /** Rejected terms: endpoint is "point de terminaison" and usage is "utilisation", as in the French seed. */
    private static final List<String> REJECTED = List.of("point de connexion", "point de consommation", "consommation",
            "point d’accès", "point de terminaison de consommation", "ce que {", " porte ", "n’a aucune activation");

    private static final Pattern SPACE_BEFORE_HIGH_PUNCTUATION = Pattern.compile("[ \\t\\u202F]([:;?!»])");
    private static final Pattern NO_SPACE_BEFORE_CLOSING_QUOTE = Pattern.compile("[^\\u00A0]»");
    private static final Pattern NO_SPACE_AFTER_OPENING_QUOTE = Pattern.compile("«[^\\u00A0]");
    /** A high sign glued to a word (« fin: ») where a space was forgotten, URLs, times and headers aside. */
    private static final Pattern GLUED = Pattern.compile("\\p{L}[;!?] ");

    @Test
    void no_french_sentence_uses_a_rejected_term() {
        BundleTexts.french().forEach(text -> REJECTED.forEach(term ->
                assertThat(text.pattern().toLowerCase(Locale.FRENCH)).as(text.toString()).doesNotContain(term)));
    }

    @Test
    void every_french_sentence_puts_a_non_breaking_space_before_high_punctuation_and_inside_quotes() {
        BundleTexts.french().forEach(text -> {
            assertThat(SPACE_BEFORE_HIGH_PUNCTUATION.matcher(text.pattern()).find()).as("plain space before : ; ? ! » in " + text).isFalse();
            assertThat(NO_SPACE_BEFORE_CLOSING_QUOTE.matcher(text.pattern()).find()).as("» without U+00A0 in " + text).isFalse();
            assertThat(NO_SPACE_AFTER_OPENING_QUOTE.matcher(text.pattern()).find()).as("« without U+00A0 in " + text).isFalse();
            assertThat(GLUED.matcher(text.pattern()).find()).as("; ? or ! glued to a word in " + text).isFalse();
        });
    }

    @Test
    void the_checks_catch_what_they_are_for() {
        assertThat(SPACE_BEFORE_HIGH_PUNCTUATION.matcher("Que faire : rien").find()).isTrue();
        assertThat(NO_SPACE_BEFORE_CLOSING_QUOTE.matcher("« x »").find()).isTrue();
        assertThat(NO_SPACE_AFTER_OPENING_QUOTE.matcher("« x\u00a0»").find()).isTrue();
        assertThat(SPACE_BEFORE_HIGH_PUNCTUATION.matcher("Que faire\u00a0: https://x:443").find()).isFalse();
    }
}
