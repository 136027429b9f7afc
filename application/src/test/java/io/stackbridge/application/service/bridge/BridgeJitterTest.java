package io.stackbridge.application.service.bridge;

import io.stackbridge.domain.id.CloudId;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class BridgeJitterTest {

    private static final CloudId ONE = CloudId.of("5bf881b2-6be7-42a1-9f47-d6fcb6737747");
    private static final CloudId OTHER = CloudId.of("0c0c0c0c-6be7-42a1-9f47-d6fcb6737747");

    private static List<Double> draws(CloudId cloud) {
        Random random = new BridgeJitter(20261121L).random(cloud);
        return List.fill(5, random::nextDouble);
    }

    @Test
    void a_stamp_replays_its_own_jitter_and_two_stamps_draw_apart() {
        assertThat(draws(ONE)).isEqualTo(draws(ONE));
        assertThat(draws(ONE)).isNotEqualTo(draws(OTHER));
    }

    @Test
    void the_stream_is_made_once_per_bridge_and_continues() {
        BridgeJitter jitter = new BridgeJitter(20261121L);
        double first = jitter.random(ONE).nextDouble();

        assertThat(jitter.random(ONE).nextDouble()).isNotEqualTo(first);
    }
}
