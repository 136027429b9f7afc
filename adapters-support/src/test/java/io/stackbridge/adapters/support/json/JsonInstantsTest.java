package io.stackbridge.adapters.support.json;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonInstantsTest {

    @Test
    void every_second_form_reads_as_instant_parse_reads_it() {
        for (String text : List.of("2026-11-20T10:00:00Z", "2024-02-29T23:59:59Z", "1970-01-01T00:00:00Z", "0000-01-01T00:00:00Z",
                "9999-12-31T23:59:59Z", "1969-12-31T23:59:59Z", "2026-11-20T10:00:00.5Z", "2026-11-20T10:00:00+01:00",
                "2026-12-31T23:59:60Z", "2026-11-20T24:00:00Z")) {
            assertThat(JsonInstants.parse(text)).as(text).isEqualTo(Instant.parse(text));
        }
    }

    @Test
    void what_instant_parse_refuses_is_refused() {
        for (String text : List.of("2023-02-29T00:00:00Z", "2026-13-01T00:00:00Z", "2026-00-10T00:00:00Z", "2026-04-31T00:00:00Z",
                "2026-11-20T10:60:00Z", "2026-11-2OT10:00:00Z", "2026-11-20 10:00:00Z",
                "+026-11-20T10:00:00Z", "2026-11-20T10:00:00X", "")) {
            assertThatThrownBy(() -> Instant.parse(text)).as(text).isInstanceOf(DateTimeParseException.class);
            assertThatThrownBy(() -> JsonInstants.parse(text)).as(text).isInstanceOf(DateTimeParseException.class);
        }
    }
}
