package io.stackbridge.adapters.http.server.marketplace;

import io.stackbridge.adapters.fakeazure.world.DefaultWorld;
import io.stackbridge.adapters.fakeazure.world.StampTokens;
import io.stackbridge.adapters.http.server.support.Response;
import io.stackbridge.adapters.http.server.support.TestEmulator;
import io.stackbridge.domain.billing.BillingModel;
import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.registration.RegistrationTokenContent;

/**
 * Registrations whose marketplace is open or closed, made through the emulator: under the default
 * world's subscription, or under any subscription and resource group (added to the directory, the
 * provider registered and the group created first, as a client of a fresh subscription would).
 */
public final class MarketplaceWorld {

    public static final String RESOURCES = "?api-version=2021-04-01";

    private final TestEmulator emulator;

    public MarketplaceWorld(TestEmulator emulator) {
        this.emulator = emulator;
    }

    /** Registers a new stamp of {@code model} as {@code name}; returns the registration's path. */
    public String register(String subscription, String group, String name, BillingModel model, boolean syndication, boolean usageReporting) {
        prepare(subscription, group);
        String path = "/subscriptions/" + subscription + "/resourceGroups/" + group + "/providers/Microsoft.AzureStack/registrations/" + name;
        String body = "{\"location\":\"global\",\"properties\":{\"registrationToken\":\""
                + token(TestEmulator.newCloud(), model, syndication, usageReporting) + "\"}}";
        Response created = emulator.http.put(path + TestEmulator.V2022, body);
        if (created.status() != 201) {
            throw new AssertionError("registration not created: " + created.status() + " " + created.body());
        }
        return path;
    }

    /** A registration in the default world whose marketplace is open, Development, reporting usage. */
    public String openRegistration() {
        return register(TestEmulator.SUBSCRIPTION, TestEmulator.GROUP, "azurestack-" + TestEmulator.newCloud().value(),
                BillingModel.Development, true, true);
    }

    private void prepare(String subscription, String group) {
        if (!subscription.equalsIgnoreCase(TestEmulator.SUBSCRIPTION) && !subscription.equalsIgnoreCase(TestEmulator.EA_SUBSCRIPTION)) {
            expectOk(emulator.http.put("/_stackbridge/world/subscriptions/" + subscription,
                    "{\"offerType\":\"EA\",\"tenantId\":\"" + DefaultWorld.PARTNER_TENANT.value() + "\"}"));
            expectOk(emulator.http.post("/subscriptions/" + subscription + "/providers/Microsoft.AzureStack/register" + RESOURCES, null));
        }
        Response group201 = emulator.http.put("/subscriptions/" + subscription + "/resourcegroups/" + group + RESOURCES,
                "{\"location\":\"westcentralus\"}");
        if (group201.status() / 100 != 2) {
            throw new AssertionError("group not created: " + group201.status() + " " + group201.body());
        }
    }

    private String token(CloudId cloud, BillingModel model, boolean syndication, boolean usageReporting) {
        RegistrationTokenContent sample = StampTokens.content(cloud, model);
        return emulator.fake.tokenCodec().encode(new RegistrationTokenContent(sample.cloudId(), sample.objectId(), model, usageReporting,
                syndication, sample.agreementNumber(), sample.msAssetTag(), sample.hardwareInfo(), sample.issuer(), sample.version()));
    }

    private static void expectOk(Response response) {
        if (response.status() != 200) {
            throw new AssertionError(response.status() + " " + response.body());
        }
    }
}
