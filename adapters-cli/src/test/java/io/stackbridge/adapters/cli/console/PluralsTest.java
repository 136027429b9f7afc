package io.stackbridge.adapters.cli.console;

import io.stackbridge.domain.text.Language;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Counts agree with their nouns in both languages: every placeholder of every sentence is filled with
 * 1, then 2 (numbers, as the program passes counts), and the word after the number must be singular
 * after 1 ("1 second", "1 heure simulée") and plural after 2.
 */
class PluralsTest {

    /** French words that may follow a number without being counted by it, or singulars that end in s or x. */
    private static final Set<String> NOT_COUNTED = HashSet.of("s", "plus", "dans", "sous", "vers", "depuis", "pas", "mais", "puis");
    /** English nouns the sentences count, in the plural (English verbs end in s too, so English is checked by name). */
    private static final Set<String> PLURALS = HashSet.of("seconds", "hours", "records", "batches", "aggregates", "nodes", "days",
            "checks", "bytes", "characters", "entries", "attempts", "minutes", "tenants", "codes", "steps", "years");
    /** Nouns the sentences count, in the singular: after 2 they must not appear as they are. */
    private static final Set<String> SINGULARS = HashSet.of("second", "hour", "record", "batch", "aggregate", "node", "day",
            "check", "byte", "character", "seconde", "heure", "enregistrement", "lot", "agrégat", "nœud", "jour", "vérification",
            "octet", "caractère", "autre");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    @Test
    void after_one_comes_a_singular_and_after_two_a_plural_in_every_sentence_of_both_languages() {
        for (Language language : Language.values()) {
            BundleTexts.all(language).forEach(text -> placeholders(text.pattern()).forEach(index -> {
                String one = text.fill(arguments(text.pattern(), index, 1));
                String two = text.fill(arguments(text.pattern(), index, 2));
                wordsAfter("1", one).forEach(word -> assertThat(plural(language, word)).as("“1 " + word + "” in " + one + " from " + text).isFalse());
                wordsAfter("2", two).forEach(word -> assertThat(SINGULARS.contains(word)).as("“2 " + word + "” in " + two + " from " + text)
                        .isFalse());
            }));
        }
    }

    @Test
    void the_check_catches_a_plural_after_one() {
        assertThat(wordsAfter("1", "Simulated 1 hours, 1 records.").filter(word -> plural(Language.EN, word)))
                .containsExactly("hours", "records");
        assertThat(wordsAfter("1", "1 heures simulées, 1 agrégats").filter(word -> plural(Language.FR, word))).containsExactly("heures", "agrégats");
    }

    private static boolean plural(Language language, String word) {
        return PLURALS.contains(word) || language == Language.FR && (word.endsWith("s") || word.endsWith("x")) && !NOT_COUNTED.contains(word);
    }

    private static List<Integer> placeholders(String pattern) {
        Matcher found = PLACEHOLDER.matcher(pattern);
        List<Integer> indexes = List.empty();
        while (found.find()) {
            indexes = indexes.append(Integer.parseInt(found.group(1)));
        }
        return indexes.distinct();
    }

    /** Every placeholder gets a word, except {@code index}, which gets {@code count}. */
    private static List<Object> arguments(String pattern, int index, int count) {
        int size = placeholders(pattern).max().getOrElse(-1) + 1;
        return List.range(0, size).map(at -> at == index ? (Object) count : "ZZ");
    }

    private static List<String> wordsAfter(String number, String sentence) {
        Matcher found = Pattern.compile("(?<![\\w.,:/+-])" + number + "[ \\u00A0]+(\\p{L}+)").matcher(sentence);
        List<String> words = List.empty();
        while (found.find()) {
            words = words.append(found.group(1).toLowerCase(Locale.ROOT));
        }
        return words;
    }
}
