package io.stackbridge.adapters.cli.console;

import io.stackbridge.domain.bridge.DiagnosticStep;
import io.stackbridge.domain.stamp.RegistrationStatus;
import io.stackbridge.domain.stamp.RegistrationStep;
import io.stackbridge.domain.text.Language;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every step, status and warning the stack-side commands name has its own sentence in English and in French. */
class StackTextsTest {

    private static final List<String> NAMED = List.of(DiagnosticStep.values()).map(step -> "diagnose.step." + step.name())
            .appendAll(List.of(RegistrationStep.values()).map(step -> "registration.step." + step.name()))
            .appendAll(List.of(RegistrationStatus.values()).map(status -> "status." + status.name()))
            .append("bridge.status.overdue");

    @Test
    void each_diagnosis_step_registration_step_status_and_the_overdue_warning_is_told_in_both_languages_in_different_words() {
        NAMED.forEach(key -> {
            String english = CliText.in(Language.EN).format(key, 31, "2026-10-21T10:00:00Z");
            String french = CliText.in(Language.FR).format(key, 31, "2026-10-21T10:00:00Z");
            assertThat(english).as(key).isNotBlank().isNotEqualTo(french);
            assertThat(french).as(key).isNotBlank();
        });
    }

    @Test
    void the_overdue_warning_says_how_long_and_since_when() {
        assertThat(CliText.in(Language.EN).format("bridge.status.overdue", 31, "2026-10-21T10:00:00Z")).contains("31 days", "2026-10-21T10:00:00Z");
        assertThat(CliText.in(Language.FR).format("bridge.status.overdue", 31, "2026-10-21T10:00:00Z")).contains("31 jours", "2026-10-21T10:00:00Z");
    }

    @Test
    void no_pattern_holds_an_ascii_apostrophe_that_message_format_would_eat() {
        for (Language language : Language.values()) {
            CliText text = CliText.in(language);
            text.keys().forEach(key -> assertThat(text.pattern(key)).as(key).doesNotContain("'"));
        }
    }
}
