package io.stackbridge.domain.localusage;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ReportedTimeTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "2015-06-16T18:00:00Z              | 2015-06-16T18:00:00Z",
            "2015-06-16T18:00:00+00:00         | 2015-06-16T18:00:00Z",
            "2015-06-16T18:00:00+00:00Z        | 2015-06-16T18:00:00Z",
            "2015-06-16T18:00:00 00:00         | 2015-06-16T18:00:00Z",
            "2015-06-16T20:00:00+02:00         | 2015-06-16T18:00:00Z",
            "2015-06-16T18:00:00.0000000Z      | 2015-06-16T18:00:00Z",
            "2015-06-16t18:00:00z              | 2015-06-16T18:00:00Z",
            "2015-06-16T18:00:00               | 2015-06-16T18:00:00Z",
            "2015-06-16                        | 2015-06-16T00:00:00Z"})
    void every_iso_form_the_clients_send_is_read_as_utc(String text, String expected) {
        assertThat(ReportedTimeText.parse(text)).containsExactly(Instant.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "2015-13-01T00:00:00Z", "1434477600", "2015-06-16T25:00:00Z", " "})
    void anything_else_is_no_time(String text) {
        assertThat(ReportedTimeText.parse(text)).isEmpty();
    }
}
