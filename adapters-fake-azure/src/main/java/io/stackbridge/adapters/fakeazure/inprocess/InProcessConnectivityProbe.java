package io.stackbridge.adapters.fakeazure.inprocess;

import io.stackbridge.domain.bridge.AzureService;
import io.stackbridge.adapters.fakeazure.fault.FaultDetail;
import io.stackbridge.adapters.fakeazure.fault.FaultInjector;
import io.stackbridge.application.port.out.ConnectivityProbePort;
import io.stackbridge.application.port.out.RegistrationStorePort;
import io.stackbridge.application.port.out.TokenSigningPort;
import io.stackbridge.domain.bridge.BridgeClassifier;
import io.stackbridge.domain.bridge.Finding;
import io.stackbridge.domain.bridge.TransportFailure;
import io.stackbridge.domain.error.ArmError;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.error.ErrorCode;
import io.stackbridge.domain.fault.FaultCall;
import io.stackbridge.domain.fault.Operation;
import io.stackbridge.domain.identity.AccessTokenClaims;
import io.stackbridge.domain.validation.Rule;
import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.inject.Inject;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;

/**
 * The bridge's diagnosis against the in-process Azure. There is no network, so names resolve and
 * connections open; a handshake meets an UntrustedCertificate rule as the emulator's would; the
 * usage probe goes through the usage service's fault rules and journal like a push; the token's
 * issue time is read with the fake's own key.
 */
public final class InProcessConnectivityProbe implements ConnectivityProbePort {

    static final Finding NO_NETWORK = Finding.of(Finding.Kind.NO_NETWORK);
    static final Finding ANSWERED = Finding.of(Finding.Kind.ANSWERED, ErrorCode.InvalidRequestContent.name());
    /** What the usage service answers an empty batch, as its HTTP endpoint does. */
    static final DomainError EMPTY_BATCH = new ArmError.InvalidRequestContent(List.of(Violation.of("records", "[]", Rule.EMPTY_LIST)));

    private final InProcessBoundary boundary;
    private final UntrustedHandshake handshakes;
    private final TokenSigningPort signing;
    private final RegistrationStorePort registrations;

    @Inject
    public InProcessConnectivityProbe(InProcessBoundary boundary, FaultInjector faults, TokenSigningPort signing,
                                      RegistrationStorePort registrations) {
        this.boundary = boundary;
        this.handshakes = new UntrustedHandshake(faults);
        this.signing = signing;
        this.registrations = registrations;
    }

    @Override
    public Either<DomainError, Finding> resolve(URI endpoint) {
        return Either.right(NO_NETWORK);
    }

    @Override
    public Either<DomainError, Finding> connect(URI endpoint) {
        return Either.right(NO_NETWORK);
    }

    @Override
    public Either<DomainError, Finding> handshake(URI endpoint) {
        return handshakes.draw()
                .<Either<DomainError, Finding>>map(rule -> Either.left(BridgeClassifier.transport(TransportFailure.UNTRUSTED_CERTIFICATE,
                        endpoint.toString(), Duration.ZERO, FaultDetail.of(rule))))
                .getOrElse(() -> Either.right(NO_NETWORK));
    }

    @Override
    public Either<DomainError, Finding> usageAnswers(UsageProbe probe) {
        String endpoint = probe.usageEndpoint().toString();
        String resource = endpoint + "/usage/registrations/" + probe.cloudId() + "/batches/diagnose";
        FaultCall call = registrations.withCloudId(probe.cloudId())
                .map(registration -> FaultCall.on(Operation.Usage_Push, registration.key()))
                .getOrElse(() -> FaultCall.of(Operation.Usage_Push));
        Either<DomainError, Finding> answer = boundary.call(call, resource, AzureService.USAGE.at(endpoint), () -> Either.left(EMPTY_BATCH));
        return answer.isLeft() && answer.getLeft().code() == ErrorCode.InvalidRequestContent
                ? Either.right(ANSWERED)
                : answer;
    }

    @Override
    public Option<Instant> issuedAt(String accessToken) {
        return signing.readAccessToken(accessToken).toOption().map(AccessTokenClaims::notBefore);
    }
}
