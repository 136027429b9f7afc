package io.stackbridge.domain.linked;

import io.stackbridge.domain.registration.RegistrationKey;
import io.stackbridge.domain.validation.Rule;
import io.stackbridge.domain.validation.Violation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A linked subscription's {@code registrationResourceId}: read in any case, refused when it names anything else. */
class RegistrationReferenceTest {

    private static final String ID = "/subscriptions/dd8597b4-8739-4467-8b10-f8679f62bfbf/resourceGroups/azurestack"
            + "/providers/Microsoft.AzureStack/registrations/testRegistration";

    @Test
    void a_registration_id_is_read_without_regard_to_case() {
        assertThat(RegistrationReference.parse(ID.toLowerCase(java.util.Locale.ROOT)).get())
                .isEqualTo(RegistrationKey.of("dd8597b4-8739-4467-8b10-f8679f62bfbf", "azurestack", "testRegistration"));
    }

    @Test
    void another_resource_type_or_a_bad_part_is_refused_under_the_field_given() {
        var product = RegistrationReference.parse("registrationResourceId", ID + "/products/x");
        var badSubscription = RegistrationReference.parse("registrationResourceId", ID.replace("dd8597b4", "zz"));
        var missing = RegistrationReference.parse(" ");

        assertThat(product.getError().map(Violation::rule)).containsExactly(Rule.NOT_A_REGISTRATION_ID);
        assertThat(badSubscription.getError().map(Violation::field)).containsExactly("registrationResourceId");
        assertThat(missing.getError().map(Violation::rule)).containsExactly(Rule.REQUIRED);
    }
}
