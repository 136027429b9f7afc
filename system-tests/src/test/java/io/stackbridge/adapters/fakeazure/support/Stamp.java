package io.stackbridge.adapters.fakeazure.support;

import io.stackbridge.adapters.fakeazure.world.DefaultWorld;
import io.stackbridge.application.contract.StampTokens;
import io.stackbridge.application.port.in.registration.CreateOrUpdateRegistrationUseCase.Command;
import io.stackbridge.application.port.in.usage.QueryUsageLedgerUseCase.Query;
import io.stackbridge.application.port.out.UsagePushPort.PushReceipt;
import io.stackbridge.application.port.out.UsagePushPort.UsagePush;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.id.RegistrationName;
import io.stackbridge.domain.id.ResourceGroupName;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.registration.RegistrationKey;
import io.stackbridge.domain.registration.RegistrationTokenContent;
import io.stackbridge.domain.usage.LedgerTotal;
import io.stackbridge.domain.usage.UsageBatch;
import io.stackbridge.domain.usage.UsageRecord;
import io.stackbridge.junit.FakeAzure;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * One stamp of the default world's bridge principal, registered in a fake Azure through the
 * cloud-side use case, with the few steps tests below the bridge's ports repeat.
 */
public record Stamp(FakeAzure azure, RegistrationTokenContent token, RegistrationKey key) {

    /** A PayAsYouUse stamp in the CSP registration subscription's {@code azurestack} group. */
    public static Stamp payAsYouUse(FakeAzure azure) {
        return registered(azure, DefaultWorld.REGISTRATION_SUBSCRIPTION, DefaultWorld.RESOURCE_GROUP,
                StampTokens.forObject(DefaultWorld.BRIDGE_OBJECT_ID).build());
    }

    /** A Capacity stamp in the Enterprise Agreement subscription. */
    public static Stamp capacity(FakeAzure azure) {
        return registered(azure, DefaultWorld.EA_REGISTRATION_SUBSCRIPTION, DefaultWorld.RESOURCE_GROUP,
                StampTokens.forObject(DefaultWorld.BRIDGE_OBJECT_ID).capacity("1234567").build());
    }

    public static Stamp registered(FakeAzure azure, SubscriptionId subscription, ResourceGroupName group,
                                   RegistrationTokenContent token) {
        RegistrationKey key = new RegistrationKey(subscription, group, RegistrationName.conventionalFor(token.cloudId()));
        azure.cloud().createOrUpdateRegistration().createOrUpdate(new Command(key, encoded(azure, token), Option.none()))
                .getOrElseThrow(error -> new IllegalStateException("registration refused: " + error));
        return new Stamp(azure, token, key);
    }

    public static String encoded(FakeAzure azure, RegistrationTokenContent token) {
        return azure.tokenCodec().encode(token);
    }

    public Stamp approved() {
        azure.approveMultiTenancy(key).getOrElseThrow(error -> new IllegalStateException("approval refused: " + error));
        return this;
    }

    /** A bearer token of the bridge principal for the usage resource. */
    public String accessToken() {
        return azure.tokens().acquire(DefaultWorld.bridgeTokenRequest(azure.endpoints()))
                .getOrElseThrow(error -> new IllegalStateException("sign-in refused: " + error)).value();
    }

    public UsageBatch batch(Seq<UsageRecord> records) {
        return UsageBatch.of(token.cloudId(), records);
    }

    /** Pushes through the usage push port with {@code bearer} and a well-synchronised stamp clock. */
    public Either<DomainError, PushReceipt> push(UsageBatch batch, String bearer) {
        return azure.usagePush().push(new UsagePush(azure.endpoints().usage(), batch, bearer, azure.clock().now()));
    }

    public List<LedgerTotal> ledger() {
        return azure.cloud().queryUsageLedger().totals(Query.ALL);
    }
}
