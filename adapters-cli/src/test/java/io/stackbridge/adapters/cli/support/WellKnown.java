package io.stackbridge.adapters.cli.support;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/** The well-known world's IDs the CLI tests use, written out as a user would copy them from the README. */
public final class WellKnown {

    public static final String PARTNER_TENANT = "aaaaaaaa-0001-4000-8000-000000000001";
    public static final String REGISTRATION_SUBSCRIPTION = "aaaaaaaa-0002-4000-8000-000000000001";
    public static final String EA_SUBSCRIPTION = "aaaaaaaa-0002-4000-8000-0000000000ea";
    public static final String RESOURCE_GROUP = "azurestack";
    public static final String BRIDGE_CLIENT_ID = "aaaaaaaa-0003-4000-8000-000000000001";
    public static final String BRIDGE_SECRET = "stackbridge-dev-secret";
    public static final String BRIDGE_OBJECT_ID = "aaaaaaaa-0004-4000-8000-000000000001";
    public static final String CONTOSO_SUBSCRIPTION = "c0c0c0c0-0002-4000-8000-000000000001";
    public static final String CONTOSO_TENANT = "c0c0c0c0-0001-4000-8000-000000000001";
    public static final String OTHER_PARTNER_SUBSCRIPTION = "bbbbbbbb-0002-4000-8000-000000000001";
    public static final String API = "?api-version=2022-06-01";

    private WellKnown() {
    }

    /** A stamp's registration token: Base64 of a small JSON naming the bridge principal's object ID. */
    public static String registrationToken(String cloudId, String billingModel) {
        String json = "{\"cloudId\":\"" + cloudId + "\",\"objectId\":\"" + BRIDGE_OBJECT_ID + "\",\"billingModel\":\"" + billingModel
                + "\",\"usageReportingEnabled\":true,\"marketplaceSyndicationEnabled\":false,"
                + "\"hardwareInfo\":[{\"name\":\"node01\",\"numCores\":8}],\"issuer\":\"stackbridge-test\",\"version\":\"4.0\"}";
        return Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    public static String newCloudId() {
        return UUID.randomUUID().toString();
    }

    /** The path of the registration of a stamp, named as the registration tooling names it. */
    public static String registrationPath(String cloudId) {
        return "/subscriptions/" + REGISTRATION_SUBSCRIPTION + "/resourceGroups/" + RESOURCE_GROUP
                + "/providers/Microsoft.AzureStack/registrations/" + registrationName(cloudId);
    }

    public static String registrationName(String cloudId) {
        return "azurestack-" + cloudId;
    }

    public static String registrationBody(String cloudId) {
        return "{\"location\":\"global\",\"properties\":{\"registrationToken\":\"" + registrationToken(cloudId, "PayAsYouUse") + "\"}}";
    }
}
