package io.stackbridge.domain.id;

import io.stackbridge.domain.validation.Rule;
import io.stackbridge.domain.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GuidIdentifiersTest {

    private static final String LOWER = "dd8597b4-8739-4467-8b10-f8679f62bfbf";
    private static final String UPPER = "DD8597B4-8739-4467-8B10-F8679F62BFBF";

    @Test
    void a_subscription_id_is_echoed_as_written_and_compared_without_case() {
        SubscriptionId upper = SubscriptionId.parse(UPPER).get();
        SubscriptionId lower = SubscriptionId.parse(LOWER).get();

        assertThat(upper.value()).isEqualTo(UPPER);
        assertThat(upper).isEqualTo(lower).hasSameHashCodeAs(lower);
        assertThat(upper.toString()).isEqualTo(UPPER);
        assertThat(upper.hashCode()).isEqualTo(upper.guid().key().hashCode());
        assertThat(upper).isNotEqualTo(SubscriptionId.of(UPPER.replace('F', 'E')));
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-a-guid", "dd8597b4873944678b10f8679f62bfbf", "dd8597b4-8739-4467-8b10-f8679f62bfb",
            "{dd8597b4-8739-4467-8b10-f8679f62bfbf}", "dd8597b4-8739-4467-8b10-f8679f62bfbg", " dd8597b4-8739-4467-8b10-f8679f62bfbf"})
    void malformed_guids_are_rejected_naming_the_field_and_value(String text) {
        var result = TenantId.parse(text);

        assertThat(result.isInvalid()).isTrue();
        assertThat(result.getError()).containsExactly(Violation.of("tenantId", text, Rule.NOT_A_GUID));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "   ")
    void a_missing_guid_is_reported_as_required(String text) {
        assertThat(CloudId.parse(text).getError().head().rule()).isEqualTo(Rule.REQUIRED);
    }

    @Test
    void the_field_name_can_be_chosen_by_the_caller() {
        assertThat(SubscriptionId.parse("customerSubscriptionId", "x").getError().head().field())
                .isEqualTo("customerSubscriptionId");
    }

    @Test
    void different_kinds_of_identifier_with_the_same_guid_are_not_equal() {
        Object tenant = TenantId.of(LOWER);
        Object subscription = SubscriptionId.of(LOWER);

        assertThat(tenant).isNotEqualTo(subscription);
    }

    @Test
    void building_from_a_malformed_constant_fails_loudly() {
        assertThatThrownBy(() -> ObjectId.of("nope")).isInstanceOf(IllegalArgumentException.class);
    }
}
