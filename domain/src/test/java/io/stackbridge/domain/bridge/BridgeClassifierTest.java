package io.stackbridge.domain.bridge;

import io.stackbridge.domain.error.ErrorCode;
import io.stackbridge.domain.error.UsageApiError.ServiceUnavailable;
import io.stackbridge.domain.error.UsageServiceError.CloudNotRegistered;
import io.stackbridge.domain.error.ArmError.InvalidAuthenticationToken;
import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.identity.TokenProblem;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class BridgeClassifierTest {

    private static final String USAGE = "https://usage.example";

    @Test
    void transport_failures_become_the_three_transport_codes() {
        assertThat(BridgeClassifier.transport(TransportFailure.UNREACHABLE, USAGE, Duration.ofSeconds(30), "refused").code())
                .isEqualTo(ErrorCode.NetworkError);
        assertThat(BridgeClassifier.transport(TransportFailure.TIMED_OUT, USAGE, Duration.ofSeconds(30), "late").code())
                .isEqualTo(ErrorCode.RequestTimedOut);
        assertThat(BridgeClassifier.transport(TransportFailure.UNTRUSTED_CERTIFICATE, USAGE, Duration.ofSeconds(30), "pkix").code())
                .isEqualTo(ErrorCode.CertificateValidationError);
    }

    @Test
    void any_401_or_403_refusal_of_the_usage_service_is_unauthorized_with_its_code_in_the_cause() {
        var refused = BridgeClassifier.usageRejection(USAGE, new CloudNotRegistered(CloudId.of("5bf881b2-6be7-42a1-9f47-d6fcb6737747")));
        var expired = BridgeClassifier.usageRejection(USAGE, new InvalidAuthenticationToken(TokenProblem.EXPIRED));

        assertThat(refused.code()).isEqualTo(ErrorCode.Unauthorized);
        assertThat(io.stackbridge.domain.text.MessageBundle.show(io.stackbridge.domain.text.Language.EN, refused.arguments().get(1)))
                .startsWith("CloudNotRegistered: No registration in Azure carries cloud 5bf881b2").doesNotEndWith(".");
        assertThat(io.stackbridge.domain.error.ErrorMessages.message(refused, io.stackbridge.domain.text.Language.FR))
                .contains("CloudNotRegistered\u00a0: Aucune inscription d’Azure ne correspond au cloud 5bf881b2").doesNotContain("..");
        assertThat(expired.code()).isEqualTo(ErrorCode.Unauthorized);
    }

    @Test
    void other_refusals_keep_their_code() {
        assertThat(BridgeClassifier.usageRejection(USAGE, new ServiceUnavailable(30)).code()).isEqualTo(ErrorCode.ServiceUnavailable);
    }
}
