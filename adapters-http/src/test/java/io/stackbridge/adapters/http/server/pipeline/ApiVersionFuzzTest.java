package io.stackbridge.adapters.http.server.pipeline;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.stackbridge.adapters.http.server.usage.MsDate;
import io.stackbridge.domain.fuzz.FuzzRun;
import io.stackbridge.domain.fuzz.Outcomes;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code api-version} parameter on every surface and the {@code x-ms-date} header, fuzzed: a
 * served version or a coded ARM error; a date that reads is written the bridge's way and reads the
 * same, when RFC 1123's four-digit year can hold it (the bridge writes its own clock, never year 10000).
 */
class ApiVersionFuzzTest {

    private static final Instant YEAR_ONE = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant YEAR_TEN_THOUSAND = Instant.parse("+10000-01-01T00:00:00Z");

    static void property(String text) {
        for (Surface surface : Surface.values()) {
            Outcomes.codedError(ApiVersions.check(surface, Option.of(text), false));
            Outcomes.codedError(ApiVersions.check(surface, Option.of(text), true));
        }
        Outcomes.coded(MsDate.parse(Option.of(text)))
                .filter(time -> time.isAfter(YEAR_ONE) && time.isBefore(YEAR_TEN_THOUSAND))
                .forEach(time -> assertThat(MsDate.parse(Option.of(MsDate.format(time))).get()).isEqualTo(time.truncatedTo(ChronoUnit.SECONDS)));
    }

    @Test
    void every_api_version_and_date_is_served_or_refused_with_a_code() {
        FuzzRun.check("api-version", ApiVersionFuzzTest::property);
    }

    @EnabledIfEnvironmentVariable(named = "JAZZER_FUZZ", matches = ".+")
    @FuzzTest(maxDuration = FuzzRun.JAZZER_DURATION)
    void coverage_guided(byte[] input) {
        property(new String(input, StandardCharsets.UTF_8));
    }
}
