package io.stackbridge.domain.error;

import io.stackbridge.domain.text.Language;
import io.stackbridge.domain.text.MessageBundle;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Remediations say what to do next, concretely, and say the same in both languages: the ones a read of
 * every message found vague now name a command, a page or a value to check, in English and in French.
 */
class RemediationWordsTest {

    private static String remediation(Language language, ErrorCode code) {
        return MessageBundle.pattern(language, ErrorMessages.remediationKey(code)).get();
    }

    @Test
    void an_unapproved_registration_is_told_how_approval_is_given_here_in_both_languages() {
        for (Language language : Language.values()) {
            assertThat(remediation(language, ErrorCode.UnauthorizedCspRegistration)).as(language.name())
                    .contains("stackbridge azure approve", "/_stackbridge/approvals/{2}/{1}/{0}");
        }
    }

    @Test
    void each_remediation_found_vague_now_names_a_concrete_step_in_both_languages() {
        List.of(ErrorCode.InvalidSubscriptionId, ErrorCode.InvalidScope, ErrorCode.InvalidClientSecret, ErrorCode.RequestTimedOut,
                ErrorCode.InternalServerError).forEach(code -> {
                    for (Language language : Language.values()) {
                        assertThat(remediation(language, code)).as(code + " " + language).containsAnyOf("stackbridge ", "az account list",
                                "/.default (", "Entra ID (");
                    }
                });
        assertThat(remediation(Language.EN, ErrorCode.InternalServerError)).contains("{0}", "support");
        assertThat(remediation(Language.FR, ErrorCode.InternalServerError)).contains("{0}", "support");
    }

    @Test
    void an_untrusted_activation_key_fails_verification_in_french_as_in_english() {
        assertThat(remediation(Language.EN, ErrorCode.ActivationKeyNotTrusted)).contains("never verifies");
        assertThat(remediation(Language.FR, ErrorCode.ActivationKeyNotTrusted)).contains("échoue toujours à la vérification")
                .doesNotContain("n’est jamais vérifiée");
    }

    @Test
    void french_messages_say_things_as_a_french_operator_would() {
        List<String> literal = List.of(" porte ", "ne le porte", "n’a aucune activation", "ce que {", "la clé porte");
        MessageBundle.keys(Language.FR).forEach(key -> literal.forEach(phrase ->
                assertThat(MessageBundle.pattern(Language.FR, key).get()).as(key).doesNotContain(phrase)));
    }
}
