package io.stackbridge.adapters.fakeazure;

import io.stackbridge.adapters.fakeazure.world.DefaultWorld;
import io.stackbridge.application.port.in.usage.QueryUsageLedgerUseCase;
import io.stackbridge.application.port.out.TokenPort.AccessToken;
import io.stackbridge.application.port.out.UsagePushPort.PushReceipt;
import io.stackbridge.application.port.out.UsagePushPort.UsagePush;
import io.stackbridge.domain.arm.Written;
import io.stackbridge.domain.billing.BillingModel;
import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.id.RegistrationName;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.meter.MeterCatalog;
import io.stackbridge.domain.registration.ActivationKeyClaims;
import io.stackbridge.domain.registration.RegistrationKey;
import io.stackbridge.domain.registration.RegistrationSummary;
import io.stackbridge.domain.tenant.CustomerSubscription;
import io.stackbridge.domain.usage.LedgerTotal;
import io.stackbridge.domain.usage.Quantity;
import io.stackbridge.domain.usage.UsageBatch;
import io.stackbridge.domain.usage.UsageRecord;
import io.stackbridge.domain.usage.UsageWindow;
import io.stackbridge.junit.FakeAzure;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.CONTOSO_SUBSCRIPTION;
import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.CONTOSO_TENANT;
import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.REGISTRATION_SUBSCRIPTION;
import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.RESOURCE_GROUP;
import static org.assertj.core.api.Assertions.assertThat;

/** The whole connected flow through the in-process ports of a default fake Azure, as a stamp and a CSP would run it. */
class FakeAzureFlowTest {

    private static final CloudId CLOUD = CloudId.of("5bf881b2-6be7-42a1-9f47-d6fcb6737747");
    private static final RegistrationKey KEY =
            new RegistrationKey(REGISTRATION_SUBSCRIPTION, RESOURCE_GROUP, RegistrationName.conventionalFor(CLOUD));

    private final FakeAzure azure = FakeAzure.start();

    @Test
    void a_stamp_registers_onboards_a_tenant_and_gets_its_usage_billed_to_the_customer_subscription() {
        assertThat(azure.registrations().registerProvider(REGISTRATION_SUBSCRIPTION).isRight()).isTrue();
        Written<RegistrationSummary> written =
                azure.registrations().createOrUpdate(KEY, azure.registrationToken(CLOUD, BillingModel.PayAsYouUse)).get();
        ActivationKeyClaims claims = azure.signing().readActivationKey(azure.registrations().activationKey(KEY).get()).get();
        assertThat(azure.approveMultiTenancy(KEY).isRight()).isTrue();
        CustomerSubscription mapping = azure.customerSubscriptions().add(KEY, CONTOSO_SUBSCRIPTION.value(), Option.none()).get();
        AccessToken token = azure.tokens().acquire(DefaultWorld.bridgeTokenRequest(azure.endpoints())).get();
        PushReceipt receipt = azure.usagePush().push(new UsagePush(azure.endpoints().usage(), batch(), token.value(),
                azure.clock().now())).get();

        assertThat(written.created()).isTrue();
        assertThat(claims.registration()).isEqualTo(KEY);
        assertThat(claims.usageEndpoint()).isEqualTo(azure.endpoints().usage().toString());
        assertThat(mapping.tenantId()).isEqualTo(CONTOSO_TENANT);
        assertThat(receipt.records()).isEqualTo(1);
        List<LedgerTotal> totals = azure.cloud().queryUsageLedger().totals(QueryUsageLedgerUseCase.Query.ALL);
        assertThat(totals.map(LedgerTotal::billedTo)).containsExactly(CONTOSO_SUBSCRIPTION);
        assertThat(totals.map(LedgerTotal::total)).containsExactly(Quantity.of("2.5"));
        assertThat(azure.journal().entries().map(entry -> entry.operation().name())).containsExactly(
                "Providers_Register", "Registrations_CreateOrUpdate", "Registrations_GetActivationKey",
                "MetadataResolver_Lookup", "MetadataResolver_Lookup", "CustomerSubscriptions_Create", "Token_Issue", "Usage_Push");
    }

    private UsageBatch batch() {
        Instant hour = azure.clock().now().truncatedTo(ChronoUnit.HOURS).minus(1, ChronoUnit.HOURS);
        UsageRecord record = new UsageRecord(SubscriptionId.of("11111111-2222-4333-8444-555555555555"), CONTOSO_TENANT,
                MeterCatalog.standard().active().head().id(), Quantity.of("2.5"), UsageWindow.startingAt(hour),
                "/subscriptions/11111111-2222-4333-8444-555555555555/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/vm1",
                "local", null, null, hour.plusSeconds(3600));
        return UsageBatch.of(CLOUD, List.of(record));
    }
}
