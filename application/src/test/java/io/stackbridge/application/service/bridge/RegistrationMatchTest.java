package io.stackbridge.application.service.bridge;

import io.stackbridge.application.contract.StampStateSamples;
import io.stackbridge.application.port.out.RegistrationPort;
import io.stackbridge.domain.error.ArmError.ResourceGroupNotFound;
import io.stackbridge.domain.error.ArmError.ResourceNotFound;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.error.ErrorCode;
import io.stackbridge.domain.error.TenantRegistrationError.CustomerSubscriptionNotFound;
import io.stackbridge.domain.error.BridgeError.Unauthorized;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.registration.ActivationKeyClaims;
import io.stackbridge.domain.stamp.Activation;
import io.vavr.control.Either;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;

import static org.assertj.core.api.Assertions.assertThat;

/** A registration that is gone is told by the error's code, whatever HTTP status that code travels with. */
class RegistrationMatchTest {

    private final Activation activation = StampStateSamples.activation(ActivationKeyClaims.NEVER);

    private DomainError checkAnswering(DomainError refusal) {
        RegistrationPort registrations = (RegistrationPort) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[]{RegistrationPort.class}, (self, method, arguments) -> Either.left(refusal));
        return new RegistrationMatch(registrations).check(activation).getLeft();
    }

    @Test
    void a_registration_not_found_is_the_usage_service_refusing_an_unregistered_cloud() {
        DomainError missing = checkAnswering(new ResourceNotFound("/subscriptions/s/resourceGroups/g/providers/x/registrations/r"));

        assertThat(missing.code()).isEqualTo(ErrorCode.Unauthorized);
        assertThat(((Unauthorized) missing).cause()).contains(ErrorCode.CloudNotRegistered.name());
    }

    @Test
    void a_missing_resource_group_takes_its_registration_with_it() {
        DomainError missing = checkAnswering(new ResourceGroupNotFound(StampStateSamples.REGISTRATION.subscriptionId(),
                StampStateSamples.REGISTRATION.resourceGroup()));

        assertThat(missing.code()).isEqualTo(ErrorCode.Unauthorized);
    }

    @Test
    void another_refusal_answered_with_404_is_reported_as_it_is() {
        CustomerSubscriptionNotFound other = new CustomerSubscriptionNotFound(SubscriptionId.of("aaaaaaaa-0009-4000-8000-000000000009"),
                StampStateSamples.REGISTRATION.name());
        assertThat(other.code().httpStatus().get()).isEqualTo(404);

        assertThat(checkAnswering(other)).isEqualTo(other);
    }
}
