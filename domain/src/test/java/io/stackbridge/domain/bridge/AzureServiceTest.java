package io.stackbridge.domain.bridge;

import io.stackbridge.domain.error.ArmError.InvalidAuthenticationToken;
import io.stackbridge.domain.error.BridgeError.LoginError;
import io.stackbridge.domain.error.BridgeError.NetworkError;
import io.stackbridge.domain.error.BridgeError.RequestTimedOut;
import io.stackbridge.domain.error.BridgeError.Unauthorized;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.error.UsageApiError.ServiceUnavailable;
import io.stackbridge.domain.identity.TokenProblem;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one naming of a failed exchange, which the in-process fake and the HTTP client both use. Where
 * they used to differ (a refusal of the token endpoint and of the usage service), the cause is the
 * answering service's own words: over HTTP the server's line, in process the refusal's own line.
 */
class AzureServiceTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final DomainError EXPIRED = new InvalidAuthenticationToken(TokenProblem.EXPIRED);

    @Test
    void resource_manager_refusals_keep_their_code_and_its_silence_is_a_transport_code() {
        CalledService arm = AzureService.RESOURCE_MANAGER.at("https://arm.example");

        assertThat(arm.refused(EXPIRED, "ignored")).isSameAs(EXPIRED);
        assertThat(arm.unanswered(TransportFailure.TIMED_OUT, TIMEOUT, "late"))
                .isEqualTo(new RequestTimedOut("https://arm.example", TIMEOUT));
    }

    @Test
    void every_failure_of_the_token_endpoint_is_a_login_error_whose_cause_is_what_the_service_said() {
        CalledService login = AzureService.LOGIN.at("https://login.example");

        assertThat(login.unanswered(TransportFailure.UNREACHABLE, TIMEOUT, "ConnectException"))
                .isEqualTo(new LoginError("https://login.example", "ConnectException"));
        assertThat(login.refused(EXPIRED, "InvalidAuthenticationToken: invalid_client: AADSTS7000215: bad secret."))
                .isEqualTo(new LoginError("https://login.example", "InvalidAuthenticationToken: invalid_client: AADSTS7000215: bad secret."));
        assertThat(login.refused(EXPIRED))
                .isEqualTo(new LoginError("https://login.example", BridgeClassifier.oneLine(EXPIRED)));
    }

    @Test
    void a_401_or_403_of_the_usage_service_is_unauthorized_with_the_service_words_and_others_keep_their_code() {
        CalledService usage = AzureService.USAGE.at("https://usage.example");

        assertThat(usage.refused(EXPIRED, "InvalidAuthenticationToken: expired at 10:00."))
                .isEqualTo(new Unauthorized("https://usage.example", "InvalidAuthenticationToken: expired at 10:00."));
        assertThat(usage.refused(EXPIRED)).isEqualTo(new Unauthorized("https://usage.example", BridgeClassifier.oneLine(EXPIRED)));
        assertThat(usage.refused(new ServiceUnavailable(30), "ServiceUnavailable: busy")).isEqualTo(new ServiceUnavailable(30));
        assertThat(usage.unanswered(TransportFailure.UNREACHABLE, TIMEOUT, "reset"))
                .isEqualTo(new NetworkError("https://usage.example", "reset"));
    }
}
