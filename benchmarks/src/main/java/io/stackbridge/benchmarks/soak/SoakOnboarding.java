package io.stackbridge.benchmarks.soak;

import java.util.Collection;

/**
 * The README's tenant flow over the emulator's API: the partner's multi-tenancy approval, then each
 * customer subscription added to the stamp's registration with the bridge principal's token.
 */
final class SoakOnboarding {

    private static final String PARTNER_TENANT = "aaaaaaaa-0001-4000-8000-000000000001";
    private static final String CLIENT = "client_id=aaaaaaaa-0003-4000-8000-000000000001&client_secret=stackbridge-dev-secret";

    private final SoakAdmin admin;

    SoakOnboarding(SoakAdmin admin) {
        this.admin = admin;
    }

    void onboard(String cloudId, Collection<String> customerSubscriptions) {
        String registration = "/subscriptions/" + SoakStamp.REGISTRATION_SUBSCRIPTION
                + "/resourceGroups/azurestack/providers/Microsoft.AzureStack/registrations/azurestack-" + cloudId;
        expect(admin.put("/_stackbridge/approvals/" + SoakStamp.REGISTRATION_SUBSCRIPTION + "/azurestack/azurestack-" + cloudId, "", null),
                "approval");
        SoakAdmin.Answer token = admin.post("/" + PARTNER_TENANT + "/oauth2/v2.0/token", "application/x-www-form-urlencoded",
                "grant_type=client_credentials&" + CLIENT + "&scope=https%3A%2F%2Fmanagement.azure.com%2F.default");
        expect(token, "sign-in");
        String bearer = token.json().path("access_token").asText();
        for (String subscription : customerSubscriptions) {
            expect(admin.put(registration + "/customerSubscriptions/" + subscription + "?api-version=2022-06-01", "{}", bearer),
                    "onboarding " + subscription);
        }
    }

    private static void expect(SoakAdmin.Answer answer, String what) {
        if (answer.status() < 200 || answer.status() > 299) {
            throw new IllegalStateException(what + " refused: " + answer.status() + " " + answer.body());
        }
    }
}
