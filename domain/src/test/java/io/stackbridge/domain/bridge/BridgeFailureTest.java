package io.stackbridge.domain.bridge;

import io.stackbridge.domain.error.BridgeError;
import io.stackbridge.domain.error.ErrorCode;
import io.stackbridge.domain.error.UsageApiError;
import io.stackbridge.domain.text.Language;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class BridgeFailureTest {

    private static final Instant AT = Instant.parse("2026-11-21T10:00:00Z");

    @Test
    void a_bridge_error_keeps_its_endpoint_its_cause_in_one_line_and_its_words_in_both_languages() {
        BridgeFailure failure = BridgeFailure.of(new BridgeError.LoginError("https://login.example", "HTTP 401:\nrefused"), AT, 1,
                "https://usage.example");

        assertThat(failure.code()).isEqualTo(ErrorCode.LoginError);
        assertThat(failure.endpoint()).isEqualTo("https://login.example");
        assertThat(failure.cause()).startsWith("LoginError: ");
        assertThat(failure.describe(Language.EN).remediation()).contains("https://login.example");
        assertThat(failure.describe(Language.FR).remediation()).contains("https://login.example")
                .isNotEqualTo(failure.describe(Language.EN).remediation());
        assertThat(failure.retryable()).isFalse();
    }

    @Test
    void another_error_is_charged_to_the_endpoint_being_called() {
        BridgeFailure failure = BridgeFailure.of(new UsageApiError.ServiceUnavailable(5), AT, 3, "https://usage.example");

        assertThat(failure.endpoint()).isEqualTo("https://usage.example");
        assertThat(failure.attempts()).isEqualTo(3);
        assertThat(failure.retryable()).isTrue();
        assertThat(failure.describe(Language.FR).message()).isNotBlank();
    }

    @Test
    void a_cause_that_ends_its_own_sentence_is_not_closed_twice() {
        BridgeFailure failure = BridgeFailure.of(new BridgeError.NetworkError("https://usage.example", "Connection reset. "), AT, 1,
                "https://usage.example");

        assertThat(failure.describe(Language.EN).message()).endsWith(": Connection reset.");
        assertThat(failure.describe(Language.FR).message()).endsWith("Connection reset.").doesNotEndWith("..");
    }

    @Test
    void the_cause_is_told_in_the_readers_language_and_one_kept_by_an_older_version_as_it_was_written() {
        BridgeFailure failure = BridgeFailure.of(new BridgeError.NetworkError("https://usage.example", "Connection refused"), AT, 1,
                "https://usage.example");

        assertThat(failure.cause(Language.EN)).isEqualTo(failure.cause()).startsWith("NetworkError: ");
        assertThat(failure.cause(Language.FR)).isEqualTo("NetworkError\u00a0: " + failure.describe(Language.FR).message())
                .isNotEqualTo(failure.cause());
        BridgeFailure older = new BridgeFailure(failure.code(), AT, "NetworkError: said otherwise", 1, failure.endpoint(), failure.texts());
        assertThat(older.cause(Language.FR)).isEqualTo("NetworkError: said otherwise");
    }
}
