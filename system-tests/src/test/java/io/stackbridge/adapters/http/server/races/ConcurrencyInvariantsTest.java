package io.stackbridge.adapters.http.server.races;

import com.fasterxml.jackson.databind.JsonNode;
import io.stackbridge.adapters.http.server.support.Response;
import io.stackbridge.adapters.http.server.support.TestEmulator;
import io.stackbridge.domain.billing.BillingModel;
import io.stackbridge.domain.id.CloudId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;

import static io.stackbridge.adapters.http.server.support.TestEmulator.GROUP;
import static io.stackbridge.adapters.http.server.support.TestEmulator.SUBSCRIPTION;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sixteen clients released together against one emulator over HTTPS, each mixing tenant PUT and
 * DELETE, If-Match writes of one registration and pushes of repeated batch ids, for
 * {@link Race#length()} (6 s here; {@code -Dstackbridge.races.seconds=60} for the long run).
 * Afterwards: no 5xx nor any answer the rules do not allow, one subscription per tenant, no lost
 * update, ledger totals equal to the distinct batches exactly, health, world and journal sound.
 */
class ConcurrencyInvariantsTest {

    private static final int CLIENTS = 16;
    private static final String ADMIN = "/_stackbridge";

    @TempDir
    Path directory;
    private TestEmulator emulator;

    @BeforeEach
    void start() {
        emulator = TestEmulator.start(directory);
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void sixteen_racing_clients_keep_every_invariant() throws Exception {
        Tally tally = new Tally();
        TenantChurn churn = new TenantChurn(emulator.http, approvedRegistration(), tally);
        CloudId tagged = TestEmulator.newCloud();
        TagWriters writers = new TagWriters(emulator.http, emulator.register(SUBSCRIPTION, BillingModel.PayAsYouUse, tagged),
                emulator.registrationBody(tagged, BillingModel.PayAsYouUse), CLIENTS, tally);
        CloudId pushing = TestEmulator.newCloud();
        emulator.register(SUBSCRIPTION, BillingModel.PayAsYouUse, pushing);
        BatchRepeats pushes = new BatchRepeats(emulator.anonymous.withToken(emulator.usageToken()), pushing, 6, tally);

        Duration took = Race.run(CLIENTS, Race.length(), client -> round -> {
            switch (round % 3) {
                case 0 -> churn.step(client, round / 3);
                case 1 -> writers.step(client, round / 3);
                default -> pushes.step(client, round / 3);
            }
            return true;
        });
        churn.check();
        System.out.printf("races: %d clients, %d calls in %d ms: %s%n", CLIENTS, tally.total(), took.toMillis(), tally.byOperation());

        assertThat(tally.unexpected()).as("answers no rule allows").isEmpty();
        assertThat(churn.doubles()).as("listings with a tenant or subscription twice").isEmpty();
        assertNoLostUpdate(writers);
        assertLedgerHoldsTheDistinctBatches(pushes);
        InvariantsAfterwards.assertHealthWorldAndJournalSound(emulator);
    }

    private void assertNoLostUpdate(TagWriters writers) {
        assertThat(writers.sharedBases()).as("ETags on which two writes succeeded").isEmpty();
        JsonNode tags = emulator.http.get(writers.path()).json().path("tags");
        for (int client = 0; client < CLIENTS; client++) {
            int expected = writers.successes(client);
            assertThat(tags.path("client-" + client).asText(expected == 0 ? "" : "missing"))
                    .as("client %d's tag", client).isEqualTo(expected == 0 ? "" : Integer.toString(expected));
        }
    }

    private void assertLedgerHoldsTheDistinctBatches(BatchRepeats pushes) {
        JsonNode totals = emulator.anonymous.get(ADMIN + "/usage").json();
        JsonNode batches = emulator.anonymous.get(ADMIN + "/usage/batches").json();

        assertThat(pushes.secondFirsts()).as("batches received as new twice").isEmpty();
        assertThat(pushes.firstReceipts()).hasSize(pushes.distinct());
        assertThat(batches.path("total").asLong()).isEqualTo(pushes.distinct());
        assertThat(totals.path("records").asLong()).isEqualTo(pushes.distinctRecords());
        assertThat(new BigDecimal(totals.path("quantity").asText())).isEqualByComparingTo(pushes.distinctQuantity());
    }

    private String approvedRegistration() {
        String path = emulator.register(SUBSCRIPTION, BillingModel.PayAsYouUse, TestEmulator.newCloud());
        String name = path.substring(path.lastIndexOf('/') + 1);
        Response approved = emulator.anonymous.put(ADMIN + "/approvals/" + SUBSCRIPTION + "/" + GROUP + "/" + name, null);
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        return path;
    }
}
