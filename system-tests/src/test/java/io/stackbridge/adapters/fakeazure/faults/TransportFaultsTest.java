package io.stackbridge.adapters.fakeazure.faults;

import io.stackbridge.adapters.fakeazure.support.Stamp;
import io.stackbridge.adapters.fakeazure.world.DefaultWorld;
import io.stackbridge.application.contract.Faults;
import io.stackbridge.application.contract.UsageRecords;
import io.stackbridge.domain.error.BridgeError;
import io.stackbridge.domain.error.ErrorCode;
import io.stackbridge.domain.fault.FaultEffect;
import io.stackbridge.domain.fault.Operation;
import io.stackbridge.domain.id.Guid;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.id.TenantId;
import io.stackbridge.junit.FakeAzure;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The connection-level effects through the two ports the bridge uses: the token port calls every
 * one a LoginError, the usage push port names each as its bridge code; both name the endpoint and the rule.
 */
class TransportFaultsTest {

    private final FakeAzure azure = FakeAzure.start();

    static Stream<Arguments> usageEffects() {
        return Stream.of(
                Arguments.of(new FaultEffect.Unreachable(), ErrorCode.NetworkError),
                Arguments.of(new FaultEffect.ResetConnection(), ErrorCode.NetworkError),
                Arguments.of(new FaultEffect.EmptyResponse(), ErrorCode.NetworkError),
                Arguments.of(new FaultEffect.PartialBody(), ErrorCode.NetworkError),
                Arguments.of(new FaultEffect.Slow(), ErrorCode.RequestTimedOut),
                Arguments.of(new FaultEffect.UntrustedCertificate(), ErrorCode.CertificateValidationError));
    }

    static Stream<FaultEffect> tokenEffects() {
        return usageEffects().map(arguments -> (FaultEffect) arguments.get()[0]);
    }

    @ParameterizedTest(name = "{0} on Usage_Push is {1}")
    @MethodSource("usageEffects")
    void a_broken_usage_connection_is_named_as_the_bridge_would_name_it(FaultEffect effect, ErrorCode expected) {
        Stamp stamp = Stamp.payAsYouUse(azure);
        String bearer = stamp.accessToken();
        azure.faults().add(Faults.always(Operation.Usage_Push, effect));

        BridgeError error = (BridgeError) stamp.push(stamp.batch(UsageRecords.of(new SubscriptionId(Guid.random()),
                new TenantId(Guid.random()), azure.clock().now()).hourly("1")), bearer).getLeft();

        assertThat(error.code()).isEqualTo(expected);
        assertThat(error.endpoint()).isEqualTo(azure.endpoints().usage().toString());
        assertThat(stamp.ledger()).isEmpty();
        assertThat(azure.journal().entries(Operation.Usage_Push).single().outcome()).isEqualTo(expected.name());
    }

    @ParameterizedTest(name = "{0} on Token_Issue is a LoginError")
    @MethodSource("tokenEffects")
    void a_broken_login_connection_is_a_login_error(FaultEffect effect) {
        azure.faults().add(Faults.always(Operation.Token_Issue, effect));

        BridgeError error = (BridgeError) azure.tokens().acquire(DefaultWorld.bridgeTokenRequest(azure.endpoints())).getLeft();

        assertThat(error.code()).isEqualTo(ErrorCode.LoginError);
        assertThat(error.endpoint()).isEqualTo(azure.endpoints().login().toString());
        assertThat(((BridgeError.LoginError) error).cause()).contains(effect.getClass().getSimpleName());
    }
}
