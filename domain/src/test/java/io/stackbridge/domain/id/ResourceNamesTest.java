package io.stackbridge.domain.id;

import io.stackbridge.domain.validation.Rule;
import io.stackbridge.domain.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ResourceNamesTest {

    @ParameterizedTest
    @ValueSource(strings = {"azurestack", "a", "My_Group-1.(prod)", "groupé"})
    void valid_resource_group_names_are_accepted(String name) {
        assertThat(ResourceGroupName.parse(name).get().value()).isEqualTo(name);
    }

    @Test
    void a_resource_group_name_of_90_characters_is_accepted_and_91_is_not() {
        assertThat(ResourceGroupName.parse("g".repeat(90)).isValid()).isTrue();
        assertThat(ResourceGroupName.parse("g".repeat(91)).getError())
                .containsExactly(Violation.of("resourceGroupName", "g".repeat(91), Rule.TOO_LONG, "90"));
    }

    @Test
    void every_broken_rule_of_a_resource_group_name_is_reported_at_once() {
        String name = "bad name!" + "x".repeat(90) + ".";

        var problems = ResourceGroupName.parse(name).getError();

        assertThat(problems.map(Violation::rule)).containsExactly(Rule.TOO_LONG, Rule.INVALID_CHARACTERS, Rule.ENDS_WITH_PERIOD);
        assertThat(problems.get(1).ruleArguments()).containsExactly(" !", "_ - . ( )");
    }

    @Test
    void resource_group_names_compare_without_case() {
        assertThat(ResourceGroupName.of("AzureStack")).isEqualTo(ResourceGroupName.of("azurestack"));
    }

    @Test
    void a_registration_name_may_end_with_a_period_but_not_contain_parentheses() {
        assertThat(RegistrationName.parse("reg.").isValid()).isTrue();
        assertThat(RegistrationName.parse("reg(1)").getError().map(Violation::rule)).containsExactly(Rule.INVALID_CHARACTERS);
    }

    @Test
    void a_registration_name_is_stored_as_given_and_looked_up_without_case() {
        RegistrationName name = RegistrationName.of("AzureStack-Reg");

        assertThat(name.value()).isEqualTo("AzureStack-Reg");
        assertThat(name).isEqualTo(RegistrationName.of("azurestack-reg"));
    }

    @Test
    void the_conventional_registration_name_embeds_the_cloud_id() {
        CloudId cloud = CloudId.of("5bf881b2-6be7-42a1-9f47-d6fcb6737747");

        assertThat(RegistrationName.conventionalFor(cloud).value()).isEqualTo("azurestack-5bf881b2-6be7-42a1-9f47-d6fcb6737747");
    }

    @Test
    void an_empty_name_is_required_not_too_short() {
        assertThat(RegistrationName.parse("").getError().map(Violation::rule)).containsExactly(Rule.REQUIRED);
        assertThat(ResourceGroupName.parse(null).getError().map(Violation::rule)).containsExactly(Rule.REQUIRED);
    }
}
