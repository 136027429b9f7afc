package io.stackbridge.domain.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExcerptTest {

    @Test
    void short_text_is_kept_and_long_text_is_cut_to_the_one_length_with_an_ellipsis() {
        assertThat(Excerpt.of("abc")).isEqualTo("abc");
        assertThat(Excerpt.of(null)).isEmpty();
        assertThat(Excerpt.of("x".repeat(Excerpt.MAX))).hasSize(Excerpt.MAX);
        assertThat(Excerpt.of("x".repeat(200_000))).hasSize(Excerpt.MAX).endsWith("x…");
    }

    @Test
    void a_line_has_no_breaks() {
        assertThat(Excerpt.oneLine("  Connection\n refused\t(root)  ")).isEqualTo("Connection refused (root)");
    }
}
