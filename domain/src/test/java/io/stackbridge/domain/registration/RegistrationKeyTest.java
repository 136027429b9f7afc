package io.stackbridge.domain.registration;

import io.stackbridge.domain.validation.Violation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RegistrationKeyTest {

    @Test
    void a_well_formed_key_is_parsed() {
        RegistrationKey key = RegistrationKey.parse("dd8597b4-8739-4467-8b10-f8679f62bfbf", "azurestack", "reg").get();

        assertThat(key).isEqualTo(RegistrationKey.of("DD8597B4-8739-4467-8B10-F8679F62BFBF", "AzureStack", "REG"));
    }

    @Test
    void every_malformed_part_is_reported_at_once() {
        var problems = RegistrationKey.parse("sub", "rg.", "reg name").getError();

        assertThat(problems.map(Violation::field)).containsExactly("subscriptionId", "resourceGroupName", "registrationName");
    }
}
