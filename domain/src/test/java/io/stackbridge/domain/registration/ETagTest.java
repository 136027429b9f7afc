package io.stackbridge.domain.registration;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ETagTest {

    private final ETag tag = ETag.from(UUID.fromString("0e00ab2b-0000-0000-0000-5a82517f0000"));

    @Test
    void a_tag_is_quoted_like_arm_etags() {
        assertThat(tag.value()).isEqualTo("\"0e00ab2b-0000-0000-0000-5a82517f0000\"");
    }

    @Test
    void if_match_accepts_the_tag_with_or_without_quotes_weak_or_a_star() {
        assertThat(tag.matches("\"0e00ab2b-0000-0000-0000-5a82517f0000\"")).isTrue();
        assertThat(tag.matches("0e00ab2b-0000-0000-0000-5a82517f0000")).isTrue();
        assertThat(tag.matches("W/\"0e00ab2b-0000-0000-0000-5a82517f0000\"")).isTrue();
        assertThat(tag.matches("*")).isTrue();
    }

    @Test
    void if_match_refuses_a_stale_tag() {
        assertThat(tag.matches("\"0e00ab2b-0000-0000-0000-5a82517f0001\"")).isFalse();
        assertThat(tag.matches(null)).isFalse();
    }
}
