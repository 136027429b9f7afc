package io.stackbridge.domain.error;

import io.stackbridge.domain.text.Language;
import io.stackbridge.domain.text.MessageBundle;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin key's refusals are true whichever way the key came: serve prints a key it generated, never one
 * given with {@code --admin-key} or {@code STACKBRIDGE_ADMIN_KEY}, so no sentence may say it printed "the key";
 * each names both ways, in English and in French.
 */
class AdminKeyMessagesTest {

    private static final List<ErrorCode> CODES = List.of(ErrorCode.AdminKeyMissing, ErrorCode.AdminKeyInvalid);

    @Test
    void each_sentence_names_a_generated_key_and_a_given_one_in_both_languages() {
        for (ErrorCode code : CODES) {
            for (Language language : Language.values()) {
                for (String key : List.of(ErrorMessages.messageKey(code), ErrorMessages.remediationKey(code))) {
                    assertThat(MessageBundle.pattern(language, key).get()).as(key + " " + language)
                            .contains("--admin-key", "STACKBRIDGE_ADMIN_KEY")
                            .as(key + " " + language + " names the admin-key file, not only the option")
                            .containsPattern("(?<![-\\w])admin-key");
                }
            }
        }
    }

    @Test
    void no_sentence_says_serve_printed_the_key_whatever_its_origin() {
        for (ErrorCode code : CODES) {
            assertThat(MessageBundle.pattern(Language.EN, ErrorMessages.messageKey(code)).get()).as(code.name())
                    .doesNotContain("printed the key").doesNotContain("serve’s start line");
            assertThat(MessageBundle.pattern(Language.FR, ErrorMessages.messageKey(code)).get()).as(code.name())
                    .doesNotContain("a affiché la clé").doesNotContain("ligne de démarrage de serve");
        }
    }
}
