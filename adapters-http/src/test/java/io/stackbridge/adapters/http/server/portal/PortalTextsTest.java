package io.stackbridge.adapters.http.server.portal;

import io.stackbridge.domain.text.Language;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class PortalTextsTest {

    /** A French mark that ends a clause (followed by a space or the end), or a quote mark. */
    private static final Pattern HIGH_MARK = Pattern.compile("(.)([:;?!])(?=\\s|$)|(.)»|«(.)");

    @Test
    void english_and_french_have_the_same_keys() {
        assertThat(PortalTexts.of(Language.FR).keySet()).isEqualTo(PortalTexts.of(Language.EN).keySet());
        assertThat(PortalTexts.of(Language.EN)).isNotEmpty();
    }

    @Test
    void no_sentence_is_blank_or_left_in_english() {
        for (Language language : Language.values()) {
            PortalTexts.of(language).forEach((key, value) -> assertThat(value).as(language + " " + key).isNotBlank());
        }
        assertThat(PortalTexts.of(Language.FR).get("bridge.send")).isNotEqualTo(PortalTexts.of(Language.EN).get("bridge.send"));
    }

    @Test
    void french_puts_a_non_breaking_space_before_high_marks_and_inside_quotes() {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, String> entry : PortalTexts.of(Language.FR).entrySet()) {
            Matcher marks = HIGH_MARK.matcher(entry.getValue());
            while (marks.find()) {
                String before = marks.group(1) != null ? marks.group(1) : marks.group(3) != null ? marks.group(3) : marks.group(4);
                if (!before.equals("\u00a0") && !before.equals("\u202f")) {
                    wrong.add(entry.getKey() + ": " + entry.getValue());
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void the_same_placeholders_in_both_languages() {
        Pattern placeholder = Pattern.compile("\\{\\d+}");
        PortalTexts.of(Language.EN).forEach((key, english) -> assertThat(placeholders(placeholder, PortalTexts.of(Language.FR).get(key)))
                .as(key).isEqualTo(placeholders(placeholder, english)));
    }

    private static List<String> placeholders(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        found.sort(String::compareTo);
        return found;
    }
}
