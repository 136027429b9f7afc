package io.stackbridge.domain.id;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class HexTextTest {

    /** The forms as regular expressions, as they were checked before. */
    private static final Pattern DASHED = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern PLAIN = Pattern.compile("[0-9a-fA-F]{32}");

    private static final List<String> SAMPLES = Arrays.asList("8f3d2c1b-0a9e-4d8c-b7a6-5f4e3d2c1b0a", "8F3D2C1B-0A9E-4D8C-B7A6-5F4E3D2C1B0A",
            "fab6eb84500b4a09a8ca7358f8bbaea5", "FAB6EB84500B4A09A8CA7358F8BBAEA5", "8f3d2c1b-0a9e-4d8c-b7a6-5f4e3d2c1b0g",
            "8f3d2c1b-0a9e-4d8c-b7a6-5f4e3d2c1b0", "8f3d2c1b-0a9e-4d8c-b7a6-5f4e3d2c1b0aa", "8f3d2c1b00a9e-4d8c-b7a6-5f4e3d2c1b0a",
            "8f3d2c1b-0a9e-4d8c-b7a6_5f4e3d2c1b0a", " 8f3d2c1b-0a9e-4d8c-b7a6-5f4e3d2c1b0", "fab6eb84500b4a09a8ca7358f8bbaeaz",
            "fab6eb84500b4a09a8ca7358f8bbae", "fab6eb84-500b4a09a8ca7358f8bbaea5", "８f3d2c1b-0a9e-4d8c-b7a6-5f4e3d2c1b0a", "", null);

    @Test
    void the_forms_are_the_regular_expressions_forms() {
        for (String text : SAMPLES) {
            assertThat(HexText.isGuid(text)).as(text).isEqualTo(text != null && DASHED.matcher(text).matches());
            assertThat(HexText.isPlain(text)).as(text).isEqualTo(text != null && PLAIN.matcher(text).matches());
        }
    }

    @Test
    void the_hash_is_the_hash_of_the_lookup_form() {
        for (String text : SAMPLES) {
            if (text != null && (HexText.isGuid(text) || HexText.isPlain(text))) {
                assertThat(HexText.lowerCaseHash(text, false)).isEqualTo(text.toLowerCase(Locale.ROOT).hashCode());
                assertThat(HexText.lowerCaseHash(text, true)).isEqualTo(MeterId.of(text).key().hashCode());
            }
        }
        assertThat(new Guid("8F3D2C1B-0A9E-4D8C-B7A6-5F4E3D2C1B0A")).hasSameHashCodeAs(new Guid("8f3d2c1b-0a9e-4d8c-b7a6-5f4e3d2c1b0a"));
    }
}
