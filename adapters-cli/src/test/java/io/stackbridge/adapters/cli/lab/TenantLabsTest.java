package io.stackbridge.adapters.cli.lab;

import io.stackbridge.adapters.cli.ExitCodes;
import io.stackbridge.adapters.cli.support.CliRun;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The eight tenant-onboarding labs: each hands out a request that is refused (or a lookup that fails),
 * check fails with exit code 4 (a refusal with a code that is not the bridge's), the documented fix is
 * applied with the product's commands, and check passes.
 */
class TenantLabsTest extends LabTestBase {

    private static final String CONTOSO = "c0c0c0c0-0002-4000-8000-000000000001";
    private static final String FABRIKAM = "fab0fab0-0002-4000-8000-000000000001";

    @Test
    void registration_not_found_is_fixed_by_naming_the_stamps_registration() {
        CliRun start = startedAndBroken(LabName.REGISTRATION_NOT_FOUND, ExitCodes.REFUSED);
        assertThat(start.out()).contains("A request to onboard customer Contoso has come in:");

        tenantAdd(CONTOSO);

        fixed(LabName.REGISTRATION_NOT_FOUND);
    }

    @Test
    void bad_customer_subscription_id_is_fixed_by_onboarding_the_customers_own_subscription() {
        CliRun start = startedAndBroken(LabName.BAD_CUSTOMER_SUBSCRIPTION_ID, ExitCodes.REFUSED);
        assertThat(start.out()).contains("Customer subscription: bbbbbbbb-0002-4000-8000-000000000001");

        tenantAdd(CONTOSO);

        fixed(LabName.BAD_CUSTOMER_SUBSCRIPTION_ID);
    }

    @Test
    void invalid_customer_subscription_id_is_fixed_by_the_full_id() {
        startedAndBroken(LabName.INVALID_CUSTOMER_SUBSCRIPTION_ID, ExitCodes.REFUSED);

        tenantAdd(FABRIKAM);

        fixed(LabName.INVALID_CUSTOMER_SUBSCRIPTION_ID);
    }

    @Test
    void customer_subscription_not_found_is_fixed_by_adding_it_again() {
        CliRun start = startedAndBroken(LabName.CUSTOMER_SUBSCRIPTION_NOT_FOUND, ExitCodes.REFUSED);
        assertThat(start.out()).contains("$ stackbridge azure tenant show " + FABRIKAM);

        tenantAdd(FABRIKAM);

        fixed(LabName.CUSTOMER_SUBSCRIPTION_NOT_FOUND);
    }

    @Test
    void unauthorized_csp_registration_is_fixed_by_the_approval_then_the_onboarding() {
        startedAndBroken(LabName.UNAUTHORIZED_CSP_REGISTRATION, ExitCodes.REFUSED);

        fix().approve();
        tenantAdd(CONTOSO);

        fixed(LabName.UNAUTHORIZED_CSP_REGISTRATION);
    }

    @Test
    void customer_subscriptions_not_allowed_is_fixed_by_registering_again_as_pay_as_you_use() {
        startedAndBroken(LabName.CUSTOMER_SUBSCRIPTIONS_NOT_ALLOWED, ExitCodes.REFUSED);
        assertThat(local("stamp", "properties").out()).contains("Capacity");

        ok("stamp", "register", "--billing-model", "PayAsYouUse");
        assertThat(local("stamp", "properties").out()).contains("PayAsYouUse").doesNotContain("Capacity");
        tenantAdd(CONTOSO);

        fixed(LabName.CUSTOMER_SUBSCRIPTIONS_NOT_ALLOWED);
    }

    @Test
    void invalid_csp_subscription_is_fixed_by_onboarding_the_customers_csp_subscription() {
        startedAndBroken(LabName.INVALID_CSP_SUBSCRIPTION, ExitCodes.REFUSED);

        tenantAdd(FABRIKAM);

        fixed(LabName.INVALID_CSP_SUBSCRIPTION);
    }

    @Test
    void metadata_resolver_bad_gateway_is_fixed_by_retrying_once_the_directory_recovers() {
        startedAndBroken(LabName.METADATA_RESOLVER_BAD_GATEWAY, ExitCodes.REFUSED);

        fix().removeFault("directory-down");
        tenantAdd(CONTOSO);

        fixed(LabName.METADATA_RESOLVER_BAD_GATEWAY);
    }

    private void tenantAdd(String customerSubscription) {
        fix().tenantAdd(customerSubscription);
    }
}
