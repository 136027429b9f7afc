package io.stackbridge.adapters.fakeazure.faults;

import io.stackbridge.adapters.fakeazure.support.Stamp;
import io.stackbridge.adapters.fakeazure.world.DefaultWorld;
import io.stackbridge.application.contract.Faults;
import io.stackbridge.application.contract.UsageRecords;
import io.stackbridge.application.port.out.TokenPort.AccessToken;
import io.stackbridge.domain.error.BridgeError;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.error.ErrorCode;
import io.stackbridge.domain.fault.FaultEffect;
import io.stackbridge.domain.fault.FaultMatch;
import io.stackbridge.domain.fault.FaultRule;
import io.stackbridge.domain.fault.Operation;
import io.stackbridge.domain.id.Guid;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.id.TenantId;
import io.stackbridge.domain.tenant.CustomerSubscriptionRequest;
import io.stackbridge.domain.usage.UsageBatch;
import io.stackbridge.junit.FakeAzure;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.CONTOSO_SUBSCRIPTION;
import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.CONTOSO_TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The effects that do not break the connection, each observed through the port or use case it targets. */
class FaultEffectsThroughPortsTest {

    private final FakeAzure azure = FakeAzure.start();
    private final Stamp stamp = Stamp.payAsYouUse(azure).approved();

    private UsageBatch batch() {
        return stamp.batch(UsageRecords.of(new SubscriptionId(Guid.random()), new TenantId(Guid.random()), azure.clock().now())
                .hourly("1", "2"));
    }

    @Test
    void a_directory_failure_reaches_the_add_customer_subscription_use_case_as_a_bad_gateway() {
        azure.faults().add(Faults.times(1, Operation.MetadataResolver_Lookup, new FaultEffect.MetadataResolverFailure()));
        CustomerSubscriptionRequest contoso = new CustomerSubscriptionRequest(stamp.key(), CONTOSO_SUBSCRIPTION.value(), Option.none());

        DomainError error = azure.cloud().addCustomerSubscription().add(contoso).getLeft();

        assertThat(error.code()).isEqualTo(ErrorCode.MetadataResolverBadGatewayError);
        assertThat(azure.cloud().addCustomerSubscription().add(contoso).get().resource().tenantId()).isEqualTo(CONTOSO_TENANT);
    }

    @Test
    void a_clock_shifted_while_a_token_is_issued_moves_its_expiry() {
        azure.faults().add(Faults.times(1, Operation.Token_Issue, new FaultEffect.ShiftClock(Duration.ofHours(-3))));

        AccessToken shifted = azure.tokens().acquire(DefaultWorld.bridgeTokenRequest(azure.endpoints())).get();

        assertThat(Duration.between(azure.clock().now(), shifted.expiresAt()).toMinutes()).isCloseTo(-120, within(1L));
        DomainError refused = stamp.push(batch(), shifted.value()).getLeft();
        assertThat(refused.code()).isEqualTo(ErrorCode.Unauthorized);
        assertThat(((BridgeError.Unauthorized) refused).cause()).contains("InvalidAuthenticationToken");
    }

    @Test
    void a_clock_shifted_while_usage_is_pushed_makes_the_stamp_clock_look_skewed() {
        azure.faults().add(Faults.times(1, Operation.Usage_Push, new FaultEffect.ShiftClock(Duration.ofMinutes(10))));
        UsageBatch batch = batch();

        DomainError refused = stamp.push(batch, stamp.accessToken()).getLeft();

        assertThat(((BridgeError.Unauthorized) refused).cause()).contains("ClockSkewTooLarge");
        assertThat(stamp.push(batch, stamp.accessToken()).get().alreadyReceived()).isFalse();
    }

    @Test
    void a_delay_on_any_port_still_serves_the_call() {
        FaultEffect.Delay delay = new FaultEffect.Delay(Duration.ofMillis(20));
        for (Operation operation : new Operation[] {Operation.Registrations_Get, Operation.Token_Issue, Operation.Usage_Push,
                Operation.CustomerSubscriptions_Create, Operation.MetadataResolver_Lookup}) {
            azure.faults().add(Faults.always(operation, delay));
        }

        assertThat(azure.registrations().get(stamp.key()).get().cloudId()).isEqualTo(stamp.token().cloudId());
        assertThat(azure.customerSubscriptions().add(stamp.key(), CONTOSO_SUBSCRIPTION.value(), Option.none()).get().tenantId())
                .isEqualTo(CONTOSO_TENANT);
        assertThat(stamp.push(batch(), stamp.accessToken()).get().records()).isEqualTo(2);
        assertThat(azure.journal().entries().filter(entry -> entry.faultRule().isDefined()))
                .hasSize(6)
                .allSatisfy(entry -> assertThat(entry.succeeded()).isTrue());
    }

    @Test
    void a_rule_narrowed_to_one_registration_leaves_the_others_alone() {
        Stamp other = Stamp.payAsYouUse(azure);
        FaultMatch onlyThisOne = new FaultMatch(Option.some(Operation.Registrations_Get), Option.none(), Option.some(stamp.key().name()));
        azure.faults().add(new FaultRule("one-registration", onlyThisOne, 1, Option.none(), new FaultEffect.Unreachable()));

        assertThat(azure.registrations().get(stamp.key()).getLeft().code()).isEqualTo(ErrorCode.NetworkError);
        assertThat(azure.registrations().get(other.key()).get().key()).isEqualTo(other.key());
    }
}
