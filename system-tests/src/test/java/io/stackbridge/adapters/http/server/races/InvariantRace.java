package io.stackbridge.adapters.http.server.races;

import com.fasterxml.jackson.databind.JsonNode;
import io.stackbridge.adapters.http.server.support.Response;
import io.stackbridge.adapters.http.server.support.TestEmulator;
import io.stackbridge.domain.billing.BillingModel;
import io.stackbridge.domain.id.CloudId;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;

import static io.stackbridge.adapters.http.server.support.TestEmulator.GROUP;
import static io.stackbridge.adapters.http.server.support.TestEmulator.SUBSCRIPTION;
import static io.stackbridge.adapters.http.server.support.TestEmulator.V2022;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The race of issue 11 §4 over any {@link RacedEmulator}: sixteen clients released together, each
 * mixing tenant PUT and DELETE, If-Match writes of one registration and pushes of repeated batch ids,
 * for {@link Race#length()}. Afterwards: no 5xx nor any answer the rules do not allow, one
 * subscription per tenant, no lost update, ledger totals equal to the distinct batches exactly,
 * health, world and journal sound. {@link #assertKeptBy} checks what must outlive a restart.
 */
final class InvariantRace {

    static final int CLIENTS = 16;
    private static final String ADMIN = "/_stackbridge";

    private final Tally tally = new Tally();
    private final String tenantsOf;
    private final TenantChurn churn;
    private final TagWriters writers;
    private final CloudId pushing;
    private final BatchRepeats pushes;

    /** Registers the three stamps the race uses (one approved for tenants, one tagged, one pushing) on {@code emulator}. */
    InvariantRace(RacedEmulator emulator) {
        String approved = approvedRegistration(emulator);
        tenantsOf = approved + "/customerSubscriptions" + V2022;
        churn = new TenantChurn(emulator.http(), approved, tally);
        CloudId tagged = TestEmulator.newCloud();
        writers = new TagWriters(emulator.http(), emulator.register(SUBSCRIPTION, BillingModel.PayAsYouUse, tagged),
                emulator.registrationBody(tagged, BillingModel.PayAsYouUse), CLIENTS, tally);
        pushing = TestEmulator.newCloud();
        emulator.register(SUBSCRIPTION, BillingModel.PayAsYouUse, pushing);
        pushes = new BatchRepeats(emulator.anonymous().withToken(emulator.usageToken()), pushing, 6, tally);
    }

    /** Runs the race, then checks every invariant on {@code emulator}. */
    void runAndCheck(RacedEmulator emulator) throws Exception {
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
        assertThat(writers.sharedBases()).as("ETags on which two writes succeeded").isEmpty();
        assertThat(pushes.secondFirsts()).as("batches received as new twice").isEmpty();
        assertThat(pushes.firstReceipts()).hasSize(pushes.distinct());
        assertKeptBy(emulator);
    }

    /**
     * What the race left, as {@code emulator} answers it (the one raced, or the same data restarted): each
     * client's tag holds its count of successful writes, at most one subscription per tenant, every batch
     * acknowledged as new is listed and the ledger holds exactly the distinct batches; health, world and
     * journal sound.
     */
    void assertKeptBy(RacedEmulator emulator) {
        JsonNode tags = emulator.http().get(writers.path()).json().path("tags");
        for (int client = 0; client < CLIENTS; client++) {
            int expected = writers.successes(client);
            assertThat(tags.path("client-" + client).asText(expected == 0 ? "" : "missing"))
                    .as("client %d's tag", client).isEqualTo(expected == 0 ? "" : Integer.toString(expected));
        }
        assertThat(tenants(emulator)).as("tenants of the churned registration").doesNotHaveDuplicates();
        JsonNode totals = emulator.anonymous().get(ADMIN + "/usage?cloudId=" + pushing).json();
        JsonNode batches = emulator.anonymous().get(ADMIN + "/usage/batches?cloudId=" + pushing).json();
        Set<String> listed = new TreeSet<>();
        batches.path("batches").forEach(batch -> listed.add(batch.path("id").asText()));
        assertThat(listed).as("batches acknowledged as new").containsAll(pushes.firstReceipts());
        assertThat(batches.path("total").asLong()).isEqualTo(pushes.distinct());
        assertThat(emulator.anonymous().get(ADMIN + "/usage/batches").json().path("total").asLong()).isEqualTo(pushes.distinct());
        assertThat(totals.path("records").asLong()).isEqualTo(pushes.distinctRecords());
        assertThat(new BigDecimal(totals.path("quantity").asText())).isEqualByComparingTo(pushes.distinctQuantity());
        InvariantsAfterwards.assertHealthWorldAndJournalSound(emulator.anonymous());
    }

    /** The tenants of the churned registration's customer subscriptions, in the order listed. */
    java.util.List<String> tenants(RacedEmulator emulator) {
        Response listed = emulator.http().get(tenantsOf);
        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        java.util.List<String> tenants = new java.util.ArrayList<>();
        listed.json().path("value").forEach(mapping -> tenants.add(mapping.path("properties").path("tenantId").asText().toLowerCase()));
        return tenants;
    }

    private static String approvedRegistration(RacedEmulator emulator) {
        String path = emulator.register(SUBSCRIPTION, BillingModel.PayAsYouUse, TestEmulator.newCloud());
        String name = path.substring(path.lastIndexOf('/') + 1);
        Response approved = emulator.anonymous().put(ADMIN + "/approvals/" + SUBSCRIPTION + "/" + GROUP + "/" + name, null);
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        return path;
    }
}
