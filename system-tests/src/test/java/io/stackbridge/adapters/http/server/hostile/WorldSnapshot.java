package io.stackbridge.adapters.http.server.hostile;

import io.stackbridge.adapters.http.server.support.Http;
import io.stackbridge.adapters.http.server.support.Response;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a refused request must leave as it was, read over HTTP: the admin API's world, usage ledger
 * and batches, fault rules and clock, and through Resource Manager the registrations, the tenant
 * mappings and the resource groups (the journal is left out: it records every call, refused or not).
 */
final class WorldSnapshot {

    private WorldSnapshot() {
    }

    static Map<String, String> take(Http admin, Http arm, Targets targets) {
        String sub = "/subscriptions/" + targets.subscription();
        String registration = targets.registrationPath();
        List<String> adminReads = List.of("/_stackbridge/world", "/_stackbridge/usage", "/_stackbridge/usage/batches?limit=1000",
                "/_stackbridge/usage?groupBy=subscription,meter,hour,registration", "/_stackbridge/faults", "/_stackbridge/clock");
        List<String> armReads = List.of(sub + "/providers/Microsoft.AzureStack/registrations?" + Targets.V2022,
                "/subscriptions/aaaaaaaa-0002-4000-8000-0000000000ea/providers/Microsoft.AzureStack/registrations?" + Targets.V2022,
                registration + "?" + Targets.V2022, registration + "/customerSubscriptions?" + Targets.V2022,
                sub + "/resourcegroups/" + targets.group() + "?" + Targets.V_RESOURCES,
                sub + "/resourcegroups/hostile-group?" + Targets.V_RESOURCES,
                sub + "/providers/Microsoft.AzureStack?" + Targets.V_RESOURCES);
        Map<String, String> seen = new LinkedHashMap<>();
        adminReads.forEach(path -> seen.put(path, read(admin, path)));
        armReads.forEach(path -> seen.put(path, read(arm, path)));
        return seen;
    }

    private static String read(Http http, String path) {
        Response response = http.get(path);
        // the clock's "now" moves on by itself; its offset is what a request could change
        return response.status() + " " + response.body().replaceAll("\"now\":\"[^\"]*\"", "\"now\":…");
    }
}
