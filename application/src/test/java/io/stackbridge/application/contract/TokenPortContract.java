package io.stackbridge.application.contract;

import io.stackbridge.application.port.out.TokenPort.AccessToken;
import io.stackbridge.application.port.out.TokenPort.TokenRequest;
import io.stackbridge.domain.error.BridgeError;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.error.ErrorCode;
import io.stackbridge.domain.fault.FaultEffect;
import io.stackbridge.domain.fault.Operation;
import io.stackbridge.domain.id.ClientId;
import io.stackbridge.domain.id.Guid;
import io.stackbridge.domain.id.TenantId;
import org.junit.jupiter.api.Test;

import static io.stackbridge.application.contract.Outcomes.left;
import static io.stackbridge.application.contract.Outcomes.right;
import static org.assertj.core.api.Assertions.assertThat;

/** The token port: client credentials for the usage resource, and every refusal or outage as a LoginError. */
public abstract class TokenPortContract extends AzureContract {

    private TokenRequest request(TenantId tenant, ClientId client, String secret, String scope) {
        return new TokenRequest(azure.endpoints().login(), tenant, client, secret, scope);
    }

    private String usageScope() {
        return azure.endpoints().usageResourceUri() + "/.default";
    }

    private TokenRequest bridgeRequest() {
        return request(world().bridgeTenant(), world().bridgeClientId(), world().bridgeSecret(), usageScope());
    }

    /** Asserts a LoginError whose cause names the identity code underneath. */
    private void loginErrorCausedBy(TokenRequest request, ErrorCode underlying) {
        DomainError error = left(azure.tokens().acquire(request));
        assertThat(error.code()).isEqualTo(ErrorCode.LoginError);
        BridgeError.LoginError login = (BridgeError.LoginError) error;
        assertThat(login.cause()).contains(underlying.name());
    }

    @Test
    void the_bridge_principal_gets_a_token_for_the_usage_resource() {
        AccessToken token = right(azure.tokens().acquire(bridgeRequest()));

        assertThat(token.value()).isNotBlank();
        assertThat(token.expiresAt()).isAfter(azure.serviceTime());
    }

    @Test
    void each_token_is_valid_for_a_while_not_forever() {
        AccessToken token = right(azure.tokens().acquire(bridgeRequest()));

        assertThat(token.expiresAt()).isAfter(azure.serviceTime().plusSeconds(5 * 60))
                .isBefore(azure.serviceTime().plusSeconds(25 * 3600));
    }

    @Test
    void a_wrong_secret_is_a_login_error() {
        String wrongSecret = "wrong-" + world().bridgeSecret();

        loginErrorCausedBy(request(world().bridgeTenant(), world().bridgeClientId(), wrongSecret, usageScope()),
                ErrorCode.InvalidClientSecret);
    }

    @Test
    void an_unknown_client_is_a_login_error() {
        loginErrorCausedBy(request(world().bridgeTenant(), new ClientId(Guid.random()), world().bridgeSecret(), usageScope()),
                ErrorCode.UnknownClient);
    }

    @Test
    void a_disabled_client_is_a_login_error() {
        loginErrorCausedBy(request(world().bridgeTenant(), world().disabledClientId(), world().disabledSecret(), usageScope()),
                ErrorCode.DisabledClient);
    }

    @Test
    void an_unknown_tenant_is_a_login_error() {
        loginErrorCausedBy(request(new TenantId(Guid.random()), world().bridgeClientId(), world().bridgeSecret(), usageScope()),
                ErrorCode.UnknownTenant);
    }

    @Test
    void a_scope_for_an_unknown_resource_is_a_login_error() {
        loginErrorCausedBy(request(world().bridgeTenant(), world().bridgeClientId(), world().bridgeSecret(),
                "https://unknown.resource.example/.default"), ErrorCode.InvalidScope);
    }

    @Test
    void an_unreachable_login_endpoint_is_a_login_error() {
        azure.addFault(Faults.always(Operation.Token_Issue, new FaultEffect.Unreachable()));

        DomainError error = left(azure.tokens().acquire(bridgeRequest()));

        assertThat(error.code()).isEqualTo(ErrorCode.LoginError);
        assertThat(error.code().retryable()).isFalse();
    }

    @Test
    void a_login_endpoint_that_answers_too_late_is_a_login_error() {
        azure.addFault(Faults.always(Operation.Token_Issue, new FaultEffect.Slow()));

        assertThat(left(azure.tokens().acquire(bridgeRequest())).code()).isEqualTo(ErrorCode.LoginError);
    }

    @Test
    void the_login_endpoint_serves_again_once_the_outage_is_over() {
        azure.addFault(Faults.times(1, Operation.Token_Issue, new FaultEffect.Unreachable()));

        assertThat(left(azure.tokens().acquire(bridgeRequest())).code()).isEqualTo(ErrorCode.LoginError);
        assertThat(right(azure.tokens().acquire(bridgeRequest())).value()).isNotBlank();
    }
}
