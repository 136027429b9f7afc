package io.stackbridge.adapters.http.server.races;

import com.fasterxml.jackson.databind.JsonNode;
import io.stackbridge.adapters.fakeazure.world.DefaultWorld;
import io.stackbridge.adapters.http.server.support.Http;
import io.stackbridge.adapters.http.server.support.Response;

import java.util.HashSet;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;

import static io.stackbridge.adapters.http.server.support.TestEmulator.V2022;

/**
 * Tenant PUT and DELETE under one approved registration: the Contoso and Fabrikam subscriptions are
 * put for the Contoso tenant (two subscriptions of one tenant racing), Fabrikam also for its own
 * tenant, and both deleted; every listing must show at most one subscription per tenant.
 */
final class TenantChurn {

    private static final String CONTOSO = DefaultWorld.CONTOSO_SUBSCRIPTION.value();
    private static final String FABRIKAM = DefaultWorld.FABRIKAM_SUBSCRIPTION.value();
    private static final String FOR_CONTOSO = "{\"properties\":{\"tenantId\":\"" + DefaultWorld.CONTOSO_TENANT + "\"}}";

    private final Http http;
    private final String subscriptions;
    private final Tally tally;
    private final Queue<String> doubles = new ConcurrentLinkedQueue<>();

    TenantChurn(Http http, String registration, Tally tally) {
        this.http = http;
        this.subscriptions = registration + "/customerSubscriptions";
        this.tally = tally;
    }

    void step(int client, int round) {
        switch ((client + round) % 6) {
            case 0 -> tally.count("tenant PUT", http.put(one(CONTOSO), FOR_CONTOSO), Set.of(200));
            case 1 -> tally.count("tenant PUT", http.put(one(FABRIKAM), FOR_CONTOSO), Set.of(200));
            case 2 -> tally.count("tenant PUT", http.put(one(FABRIKAM), "{}"), Set.of(200));
            case 3 -> tally.count("tenant DELETE", http.delete(one(CONTOSO)), Set.of(200, 204));
            case 4 -> tally.count("tenant DELETE", http.delete(one(FABRIKAM)), Set.of(200, 204));
            default -> check();
        }
    }

    /** Lists the mappings and keeps any listing where a tenant or a subscription appears twice. */
    void check() {
        Response listed = tally.count("tenant LIST", http.get(subscriptions + V2022), Set.of(200));
        if (listed.status() != 200) {
            return;
        }
        Set<String> tenants = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (JsonNode mapping : listed.json().path("value")) {
            boolean fresh = tenants.add(mapping.path("properties").path("tenantId").asText().toLowerCase())
                    & ids.add(mapping.path("name").asText().toLowerCase());
            if (!fresh) {
                doubles.add(listed.body());
            }
        }
    }

    Queue<String> doubles() {
        return doubles;
    }

    private String one(String subscription) {
        return subscriptions + "/" + subscription + V2022;
    }
}
