package io.stackbridge.adapters.http.server.hostile;

import java.util.List;

/**
 * What the hostile requests aim at: the emulator's paths filled with real values (the registration,
 * tenant and usage batch the run set up beforehand), each with the body a valid call would carry.
 * A hostile request spoils one of these on purpose; left whole, most of them would succeed.
 */
record Targets(String subscription, String group, String registration, String customer, String cloud, String pushedBatch,
               String registrationBody, String usageBody, String partnerTenant, String managementToken, String usageToken,
               String expiredToken, String otherAudienceToken) {

    static final String V2022 = "api-version=2022-06-01";
    static final String V_RESOURCES = "api-version=2021-04-01";
    static final String LOCAL_USAGE_QUERY = "reportedStartTime=2026-11-19T00:00:00Z&reportedEndTime=2026-11-20T00:00:00Z"
            + "&aggregationGranularity=Hourly&api-version=2015-06-01-preview";

    /** One way to call a served path: method, path template with {@code {…}} holes filled, query, body, and which surface. */
    record Endpoint(String surface, String method, String path, String query, String body) {
        boolean armAuthenticated() {
            return surface.equals("arm") || surface.equals("resources") || surface.equals("local-usage");
        }
    }

    String registrationPath() {
        return registrationPath(subscription, group, registration);
    }

    static String registrationPath(String subscription, String group, String name) {
        return "/subscriptions/" + subscription + "/resourceGroups/" + group + "/providers/Microsoft.AzureStack/registrations/" + name;
    }

    String customerSubscriptionBody() {
        return "{\"properties\":{\"tenantId\":\"fab0fab0-0001-4000-8000-000000000001\"}}";
    }

    /** Every served route, with the values of the world the run set up. */
    List<Endpoint> endpoints() {
        String reg = registrationPath();
        String sub = "/subscriptions/" + subscription;
        return List.of(
                new Endpoint("arm", "PUT", reg, V2022, registrationBody),
                new Endpoint("arm", "GET", reg, V2022, null),
                new Endpoint("arm", "PATCH", reg, V2022, "{\"tags\":{\"hostile\":\"yes\"}}"),
                new Endpoint("arm", "DELETE", reg, V2022, null),
                new Endpoint("arm", "POST", reg + "/getactivationkey", V2022, null),
                new Endpoint("arm", "POST", reg + "/enableremotemanagement", V2022, null),
                new Endpoint("arm", "GET", sub + "/resourceGroups/" + group + "/providers/Microsoft.AzureStack/registrations", V2022, null),
                new Endpoint("arm", "GET", sub + "/providers/Microsoft.AzureStack/registrations", V2022, null),
                new Endpoint("arm", "PUT", reg + "/customerSubscriptions/fab0fab0-0002-4000-8000-000000000001", V2022,
                        customerSubscriptionBody()),
                new Endpoint("arm", "GET", reg + "/customerSubscriptions/" + customer, V2022, null),
                new Endpoint("arm", "DELETE", reg + "/customerSubscriptions/" + customer, V2022, null),
                new Endpoint("arm", "GET", reg + "/customerSubscriptions", V2022, null),
                new Endpoint("arm", "GET", "/providers/Microsoft.AzureStack/operations", V2022, null),
                new Endpoint("resources", "POST", sub + "/providers/Microsoft.AzureStack/register", V_RESOURCES, null),
                new Endpoint("resources", "GET", sub + "/providers/Microsoft.AzureStack", V_RESOURCES, null),
                new Endpoint("resources", "PUT", sub + "/resourcegroups/hostile-group", V_RESOURCES, "{\"location\":\"westcentralus\"}"),
                new Endpoint("resources", "GET", sub + "/resourcegroups/" + group, V_RESOURCES, null),
                new Endpoint("resources", "DELETE", sub + "/resourcegroups/" + group, V_RESOURCES, null),
                new Endpoint("local-usage", "GET", sub + "/providers/Microsoft.Commerce.Admin/subscriberUsageAggregates", LOCAL_USAGE_QUERY,
                        null),
                new Endpoint("local-usage", "GET", sub + "/providers/Microsoft.Commerce/usageAggregates", LOCAL_USAGE_QUERY, null),
                new Endpoint("token", "POST", "/" + partnerTenant + "/oauth2/v2.0/token", "", null),
                new Endpoint("usage", "PUT", "/usage/registrations/" + cloud + "/batches/hostile-batch", "", usageBody),
                new Endpoint("admin", "GET", "/_stackbridge/health", "", null),
                new Endpoint("admin", "POST", "/_stackbridge/reset", "", null),
                new Endpoint("admin", "GET", "/_stackbridge/world", "", null),
                new Endpoint("admin", "PUT", "/_stackbridge/world/subscriptions/c0c0c0c0-0002-4000-8000-0000000000ff", "",
                        "{\"tenantId\":\"c0c0c0c0-0001-4000-8000-000000000001\",\"state\":\"Enabled\"}"),
                new Endpoint("admin", "PUT", "/_stackbridge/world/principals/" + partnerTenant + "/aaaaaaaa-0003-4000-8000-0000000000ff", "",
                        "{\"objectId\":\"aaaaaaaa-0004-4000-8000-0000000000ff\",\"secret\":\"s\"}"),
                new Endpoint("admin", "PUT", "/_stackbridge/approvals/" + subscription + "/" + group + "/" + registration, "", null),
                new Endpoint("admin", "DELETE", "/_stackbridge/approvals/" + subscription + "/" + group + "/" + registration, "", null),
                new Endpoint("admin", "GET", "/_stackbridge/faults", "", null),
                new Endpoint("admin", "POST", "/_stackbridge/faults", "", "{\"id\":\"hostile\",\"effect\":{\"type\":\"Delay\",\"millis\":1}}"),
                new Endpoint("admin", "DELETE", "/_stackbridge/faults/hostile", "", null),
                new Endpoint("admin", "DELETE", "/_stackbridge/faults", "", null),
                new Endpoint("admin", "GET", "/_stackbridge/journal", "", null),
                new Endpoint("admin", "DELETE", "/_stackbridge/journal", "", null),
                new Endpoint("admin", "GET", "/_stackbridge/clock", "", null),
                new Endpoint("admin", "PUT", "/_stackbridge/clock", "", "{\"offsetSeconds\":60}"),
                new Endpoint("admin", "GET", "/_stackbridge/keys", "", null),
                new Endpoint("admin", "GET", "/_stackbridge/usage", "", null),
                new Endpoint("admin", "GET", "/_stackbridge/usage/batches", "", null));
    }
}
