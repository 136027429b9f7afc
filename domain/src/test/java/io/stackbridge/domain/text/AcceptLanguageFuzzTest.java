package io.stackbridge.domain.text;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.stackbridge.domain.fuzz.FuzzRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Any {@code Accept-Language} header gives one of the product's languages, English when nothing better matches. */
class AcceptLanguageFuzzTest {

    static void property(String header) {
        assertThat(Language.fromAcceptLanguage(header)).isNotNull();
    }

    @Test
    void every_header_gives_a_language() {
        FuzzRun.check("accept-language", AcceptLanguageFuzzTest::property);
    }

    @EnabledIfEnvironmentVariable(named = "JAZZER_FUZZ", matches = ".+")
    @FuzzTest(maxDuration = FuzzRun.JAZZER_DURATION)
    void coverage_guided(byte[] input) {
        property(new String(input, StandardCharsets.UTF_8));
    }
}
