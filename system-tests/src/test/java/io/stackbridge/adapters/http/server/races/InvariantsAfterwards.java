package io.stackbridge.adapters.http.server.races;

import com.fasterxml.jackson.databind.JsonNode;
import io.stackbridge.adapters.http.server.support.Http;
import io.stackbridge.adapters.http.server.support.Response;

import static org.assertj.core.api.Assertions.assertThat;

/** After a race: the emulator is healthy, its world readable, and its journal numbered without gap nor repeat. */
final class InvariantsAfterwards {

    private static final String ADMIN = "/_stackbridge";

    static void assertHealthWorldAndJournalSound(Http admin) {
        assertThat(admin.get(ADMIN + "/health").json().path("status").asText()).isEqualTo("ok");
        Response world = admin.get(ADMIN + "/world");
        assertThat(world.status()).as(world.body()).isEqualTo(200);
        assertThat(world.json().path("subscriptions").size()).isPositive();

        JsonNode journal = admin.get(ADMIN + "/journal").json();
        JsonNode entries = journal.path("entries");
        long dropped = journal.path("dropped").asLong();
        assertThat(entries.size()).isPositive();
        for (int index = 0; index < entries.size(); index++) {
            assertThat(entries.get(index).path("sequence").asLong()).as("journal entry %d", index).isEqualTo(dropped + 1 + index);
        }
    }

    private InvariantsAfterwards() {
    }
}
