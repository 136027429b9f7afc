package io.stackbridge.adapters.support.world;

import io.stackbridge.domain.world.World;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WorldFileTest {

    /** Found by the parser fuzz test: the text went through UTF-8 bytes, which turned the surrogate into '?'. */
    @Test
    void a_world_written_back_reads_the_same_even_with_an_escaped_lone_surrogate() {
        World world = WorldFile.parse("{\"registeredProviders\":[{\"subscriptionId\":\"c0c0c0c0-0002-4000-8000-000000000001\","
                + "\"namespace\":\"Microsoft.Azure\\ud800Stack\"}]}").get();

        assertThat(WorldFile.parse(WorldFile.toJson(world)).get()).isEqualTo(world);
    }
}
