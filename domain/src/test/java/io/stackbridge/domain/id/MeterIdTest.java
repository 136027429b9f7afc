package io.stackbridge.domain.id;

import io.stackbridge.domain.validation.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class MeterIdTest {

    @Test
    void a_meter_id_equals_itself_with_or_without_dashes_in_any_case() {
        MeterId dashed = MeterId.of("FAB6EB84-500B-4A09-A8CA-7358F8BBAEA5");

        assertThat(dashed).isEqualTo(MeterId.of("fab6eb84500b4a09a8ca7358f8bbaea5"))
                .hasSameHashCodeAs(MeterId.of("fab6eb84500b4a09a8ca7358f8bbaea5"));
        assertThat(dashed.value()).isEqualTo("FAB6EB84-500B-4A09-A8CA-7358F8BBAEA5");
        assertThat(dashed.key()).isEqualTo("fab6eb84500b4a09a8ca7358f8bbaea5");
    }

    @Test
    void equality_and_hash_agree_with_the_lookup_form_without_building_it() {
        MeterId dashed = MeterId.of("FAB6EB84-500B-4A09-A8CA-7358F8BBAEA5");
        MeterId plain = MeterId.of("fab6eb84500b4a09a8ca7358f8bbaea5");

        assertThat(dashed.hashCode()).isEqualTo(dashed.key().hashCode()).isEqualTo(plain.hashCode());
        assertThat(plain).isEqualTo(dashed);
        assertThat(dashed).isNotEqualTo(MeterId.of("fab6eb84500b4a09a8ca7358f8bbaea6"))
                .isNotEqualTo(MeterId.of("FAB6EB84-500B-4A09-A8CA-7358F8BBAEA6"));
        assertThat(MeterId.of("00000000-0000-0000-0000-000000000000")).isNotEqualTo(MeterId.of("00000000000000000000000000000001"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"FAB6EB84-500B4A09-A8CA-7358F8BBAEA5", "fab6eb84500b4a09a8ca7358f8bbaea", "zab6eb84500b4a09a8ca7358f8bbaea5"})
    void malformed_meter_ids_are_rejected(String text) {
        assertThat(MeterId.parse(text).getError().head().rule()).isEqualTo(Rule.NOT_A_METER_ID);
    }
}
