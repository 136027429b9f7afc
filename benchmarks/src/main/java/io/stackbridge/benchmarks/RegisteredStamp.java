package io.stackbridge.benchmarks;

import io.stackbridge.adapters.fakeazure.world.DefaultWorld;
import io.stackbridge.application.port.out.UsagePushPort.PushReceipt;
import io.stackbridge.application.port.out.UsagePushPort.UsagePush;
import io.stackbridge.domain.billing.BillingModel;
import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.id.RegistrationName;
import io.stackbridge.domain.registration.RegistrationKey;
import io.stackbridge.domain.usage.UsageBatch;
import io.stackbridge.junit.FakeAzure;
import io.vavr.control.Option;

/**
 * A fresh in-process fake Azure with one PayAsYouUse stamp registered, approved for multi-tenancy,
 * Contoso onboarded, and a bridge access token: what every in-process figure starts from. Only the
 * fake Azure's public entry points are used, so the benchmarks follow its internals as they change.
 */
record RegisteredStamp(FakeAzure azure, CloudId cloudId, RegistrationKey key, String bearer) {

    static final CloudId CLOUD = CloudId.of("be0cbe0c-0000-4000-8000-000000000001");

    static RegisteredStamp start() {
        FakeAzure azure = FakeAzure.start();
        RegistrationKey key = new RegistrationKey(DefaultWorld.REGISTRATION_SUBSCRIPTION, DefaultWorld.RESOURCE_GROUP,
                RegistrationName.conventionalFor(CLOUD));
        azure.registrations().createOrUpdate(key, azure.registrationToken(CLOUD, BillingModel.PayAsYouUse))
                .getOrElseThrow(error -> new IllegalStateException("registration refused: " + error));
        azure.approveMultiTenancy(key).getOrElseThrow(error -> new IllegalStateException("approval refused: " + error));
        azure.customerSubscriptions().add(key, DefaultWorld.CONTOSO_SUBSCRIPTION.value(), Option.none())
                .getOrElseThrow(error -> new IllegalStateException("onboarding refused: " + error));
        String bearer = azure.tokens().acquire(DefaultWorld.bridgeTokenRequest(azure.endpoints()))
                .getOrElseThrow(error -> new IllegalStateException("sign-in refused: " + error)).value();
        return new RegisteredStamp(azure, CLOUD, key, bearer);
    }

    /** Pushes {@code batch} through the in-process usage push port, as the bridge would. */
    PushReceipt push(UsageBatch batch) {
        return azure.usagePush().push(new UsagePush(azure.endpoints().usage(), batch, bearer, azure.clock().now()))
                .getOrElseThrow(error -> new IllegalStateException("push refused: " + error));
    }
}
