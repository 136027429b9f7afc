package io.stackbridge.adapters.support.world;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.stackbridge.domain.fuzz.FuzzRun;
import io.stackbridge.domain.fuzz.Outcomes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Any world file gives a world or every problem named; a world read is written back and read again unchanged. */
class WorldFileFuzzTest {

    static void property(String json) {
        Outcomes.codedSeq(WorldFile.parse(json))
                .forEach(world -> assertThat(WorldFile.parse(WorldFile.toJson(world)).get()).isEqualTo(world));
    }

    @Test
    void every_world_file_gives_a_world_that_round_trips_or_a_coded_refusal() {
        FuzzRun.check("world-file", WorldFileFuzzTest::property);
    }

    @EnabledIfEnvironmentVariable(named = "JAZZER_FUZZ", matches = ".+")
    @FuzzTest(maxDuration = FuzzRun.JAZZER_DURATION)
    void coverage_guided(byte[] input) {
        property(new String(input, StandardCharsets.UTF_8));
    }
}
