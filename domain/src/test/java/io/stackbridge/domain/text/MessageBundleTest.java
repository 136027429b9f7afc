package io.stackbridge.domain.text;

import io.stackbridge.domain.error.ErrorCode;
import io.stackbridge.domain.marketplace.CompatibilityFinding;
import io.stackbridge.domain.marketplace.CompatibilityIssue;
import io.stackbridge.domain.error.ErrorMessages;
import io.stackbridge.domain.identity.TokenProblem;
import io.stackbridge.domain.validation.Rule;
import io.stackbridge.domain.validation.ValueType;
import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MessageBundleTest {

    private static Set<String> keys(Language language) {
        return HashSet.ofAll(MessageBundle.keys(language));
    }

    @Test
    void english_and_french_have_the_same_keys() {
        assertThat(keys(Language.FR).toJavaSet()).isEqualTo(keys(Language.EN).toJavaSet());
    }

    @Test
    void every_key_belongs_to_a_code_a_rule_a_token_problem_a_value_type_or_a_compatibility_issue() {
        Set<String> expected = HashSet.ofAll(List.of(ErrorCode.values())
                        .flatMap(code -> List.of(ErrorMessages.messageKey(code), ErrorMessages.remediationKey(code))))
                .addAll(List.of(Rule.values()).map(rule -> "rule." + rule.name()))
                .addAll(List.of(TokenProblem.values()).map(TokenProblem::messageKey))
                .addAll(List.of(ValueType.values()).map(ValueType::messageKey))
                .addAll(List.of(CompatibilityIssue.values()).map(issue -> new CompatibilityFinding(issue, List.empty()).messageKey()))
                .addAll(List.of(io.stackbridge.domain.bridge.Finding.Kind.values()).map(kind -> io.stackbridge.domain.bridge.Finding.of(kind).messageKey()))
                .add("value.unknown")
                .add(new io.stackbridge.domain.error.ErrorSentence(new io.stackbridge.domain.error.UsageApiError.NoApiVersion()).messageKey())
                // each fault preset's description, and the default subscription's label (the portal shows them)
                .addAll(List.of(io.stackbridge.domain.fault.FaultPreset.values()).map(preset -> "preset." + preset.presetName() + ".description"))
                .add("usage.defaultSubscription");

        assertThat(keys(Language.EN).toJavaSet()).isEqualTo(expected.toJavaSet());
    }

    @Test
    void no_pattern_uses_an_ascii_apostrophe_which_message_format_would_read_as_a_quote() {
        for (Language language : Language.values()) {
            for (String key : keys(language)) {
                assertThat(MessageBundle.pattern(language, key).get()).as(language + " " + key).doesNotContain("'");
            }
        }
    }

    @Test
    void a_violation_is_told_in_the_reader_s_language_with_its_field_and_value() {
        Violation violation = Violation.of("subscriptionId", "abc", Rule.NOT_A_GUID);

        assertThat(MessageBundle.show(Language.EN, violation)).contains("subscriptionId", "“abc”", "GUID");
        assertThat(MessageBundle.show(Language.FR, violation)).contains("subscriptionId", "«\u00a0abc\u00a0»", "GUID")
                .isNotEqualTo(MessageBundle.show(Language.EN, violation));
    }

    @Test
    void an_expected_type_is_named_in_the_reader_s_language() {
        Violation violation = Violation.of("numCores", "two", Rule.WRONG_TYPE, ValueType.INTEGER);

        assertThat(MessageBundle.show(Language.EN, violation)).endsWith("should be a whole number");
        assertThat(MessageBundle.show(Language.FR, violation)).endsWith("devrait être un nombre entier");
    }

    @Test
    void numbers_are_shown_as_written_without_grouping() {
        assertThat(MessageBundle.format(Language.FR, "TooManyRequests.remediation", List.of(12345L))).contains("12345");
    }

    @Test
    void a_list_of_values_is_joined_with_semicolons() {
        var problems = List.of(Violation.of("a", "1", Rule.NOT_A_GUID), Violation.of("b", "2", Rule.REQUIRED));

        assertThat(MessageBundle.show(Language.EN, problems)).isEqualTo("a “1” is not a GUID (8-4-4-4-12 hexadecimal digits); b is missing");
    }

    @Test
    void a_count_reaches_its_choice_as_a_number_so_the_noun_agrees_with_it_in_both_languages() {
        assertThat(MessageBundle.format(Language.EN, "TooManyRequests.remediation", List.of(1L))).startsWith("Wait 1 second before");
        assertThat(MessageBundle.format(Language.EN, "TooManyRequests.remediation", List.of(2L))).startsWith("Wait 2 seconds before");
        assertThat(MessageBundle.format(Language.FR, "TooManyRequests.remediation", List.of(1))).startsWith("Attendez 1 seconde avant");
        assertThat(MessageBundle.format(Language.FR, "TooManyRequests.remediation", List.of(2))).startsWith("Attendez 2 secondes avant");
    }

    @Test
    void a_choice_whose_value_is_no_number_shows_its_plural_branch_with_the_value_as_written() {
        assertThat(MessageBundle.fill(Language.EN, "{0,choice,0#{0} hours|1#{0} hour|1<{0} hours} from {1}", List.of("<n>", "x")))
                .isEqualTo("<n> hours from x");
        assertThat(MessageBundle.fill(Language.EN, "{0,choice,0#{0} hours|1#{0} hour|1<{0} hours}", List.of(123456)))
                .isEqualTo("123456 hours");
    }

    @Test
    void a_value_an_error_rebuilt_from_its_code_does_not_know_is_told_in_the_reader_s_language_but_a_typed_unknown_as_typed() {
        var rebuilt = io.stackbridge.domain.error.ErrorFactory.of(io.stackbridge.domain.error.ErrorCode.NetworkError,
                io.stackbridge.domain.error.ErrorContext.EMPTY);
        var typed = new io.stackbridge.domain.error.UsageApiError.InvalidAggregationGranularity(new String("unknown"));

        assertThat(io.stackbridge.domain.error.ErrorMessages.message(rebuilt, Language.FR)).doesNotContain("unknown").contains("non précisé");
        assertThat(io.stackbridge.domain.error.ErrorMessages.message(rebuilt, Language.EN)).contains("unknown");
        assertThat(io.stackbridge.domain.error.ErrorMessages.message(typed, Language.FR)).contains("«\u00a0unknown\u00a0»");
    }
}
