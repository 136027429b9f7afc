package io.stackbridge.application.service.bridge;

import io.stackbridge.application.port.in.bridge.DiagnoseBridgeUseCase;
import io.stackbridge.application.port.out.ActivationStorePort;
import io.stackbridge.application.port.out.ConnectivityProbePort;
import io.stackbridge.application.port.out.ConnectivityProbePort.UsageProbe;
import io.stackbridge.application.port.out.RegistrationPort;
import io.stackbridge.application.port.out.StampClockPort;
import io.stackbridge.application.port.out.StampStorePort;
import io.stackbridge.application.port.out.TokenPort;
import io.stackbridge.application.port.out.TokenPort.AccessToken;
import io.stackbridge.domain.bridge.BridgeClassifier;
import io.stackbridge.domain.bridge.BridgeTarget;
import io.stackbridge.domain.bridge.ClockSkew;
import io.stackbridge.domain.bridge.Diagnosis;
import io.stackbridge.domain.bridge.Finding;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.error.StampError.StampNotActivated;
import io.stackbridge.domain.stamp.Activation;
import io.stackbridge.domain.stamp.Stamp;
import io.vavr.control.Either;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;

import static io.stackbridge.domain.bridge.DiagnosticStep.CLOCK;
import static io.stackbridge.domain.bridge.DiagnosticStep.CONNECT_LOGIN;
import static io.stackbridge.domain.bridge.DiagnosticStep.CONNECT_USAGE;
import static io.stackbridge.domain.bridge.DiagnosticStep.REGISTRATION;
import static io.stackbridge.domain.bridge.DiagnosticStep.RESOLVE_LOGIN;
import static io.stackbridge.domain.bridge.DiagnosticStep.RESOLVE_USAGE;
import static io.stackbridge.domain.bridge.DiagnosticStep.TLS_LOGIN;
import static io.stackbridge.domain.bridge.DiagnosticStep.TLS_USAGE;
import static io.stackbridge.domain.bridge.DiagnosticStep.TOKEN;
import static io.stackbridge.domain.bridge.DiagnosticStep.USAGE_SERVICE;

/**
 * The bridge's connectivity check: names, TCP and TLS of the sign-in and usage endpoints, a token,
 * the stamp's clock against the token's issue time, the usage service's answer, and the
 * registration behind the activation, in that order, stopping at the first failure.
 */
public final class DiagnoseBridgeService implements DiagnoseBridgeUseCase {

    private final StampStorePort stamps;
    private final ActivationStorePort activations;
    private final ConnectivityProbePort probe;
    private final TokenPort tokens;
    private final StampClockPort clock;
    private final RegistrationMatch registration;

    public DiagnoseBridgeService(StampStorePort stamps, ActivationStorePort activations, ConnectivityProbePort probe,
                                 TokenPort tokens, RegistrationPort registrations, StampClockPort clock) {
        this.stamps = stamps;
        this.activations = activations;
        this.probe = probe;
        this.tokens = tokens;
        this.clock = clock;
        this.registration = new RegistrationMatch(registrations);
    }

    @Override
    public Either<DomainError, Diagnosis> diagnose() {
        Stamp stamp = stamps.stamp();
        return activations.current()
                .<DomainError>toEither(() -> new StampNotActivated(stamp.cloudId()))
                .map(activation -> diagnose(BridgeTarget.of(stamp, activation), activation));
    }

    private Diagnosis diagnose(BridgeTarget target, Activation activation) {
        DiagnosisSteps steps = new DiagnosisSteps();
        URI login = target.loginEndpoint();
        URI usage = target.usageEndpoint();
        steps.check(RESOLVE_LOGIN, login, () -> probe.resolve(login));
        steps.check(CONNECT_LOGIN, login, () -> probe.connect(login));
        steps.check(TLS_LOGIN, login, () -> probe.handshake(login));
        steps.check(RESOLVE_USAGE, usage, () -> probe.resolve(usage));
        steps.check(CONNECT_USAGE, usage, () -> probe.connect(usage));
        steps.check(TLS_USAGE, usage, () -> probe.handshake(usage));
        if (steps.failed()) {
            return steps.diagnosis();
        }
        Either<DomainError, AccessToken> token = tokens.acquire(BridgeTokens.request(target));
        steps.check(TOKEN, login, () -> token.map(found -> Finding.of(Finding.Kind.TOKEN_EXPIRES, found.expiresAt())));
        if (steps.failed()) {
            return steps.diagnosis();
        }
        String bearer = token.get().value();
        steps.check(CLOCK, login, () -> clockOffset(steps, usage, bearer));
        steps.check(USAGE_SERVICE, usage, () -> probe.usageAnswers(new UsageProbe(usage, target.cloudId(), bearer, clock.now())));
        steps.check(REGISTRATION, activation.registration(), () -> registration.check(activation));
        return steps.diagnosis();
    }

    /** The stamp's offset from the token's issue time; beyond the allowed skew, the Unauthorized a push would meet. */
    private Either<DomainError, Finding> clockOffset(DiagnosisSteps steps, URI usage, String bearer) {
        Instant stampTime = clock.now();
        return probe.issuedAt(bearer)
                .peek(serviceTime -> steps.clockOffset(Duration.between(serviceTime, stampTime)))
                .map(serviceTime -> ClockSkew.check(stampTime, serviceTime)
                        .mapLeft(skew -> BridgeClassifier.usageRejection(usage.toString(), skew))
                        .map(offset -> Finding.of(Finding.Kind.CLOCK_OFFSET, seconds(offset))))
                .getOrElse(() -> Either.right(Finding.of(Finding.Kind.NO_ISSUE_TIME)));
    }

    /** An offset in seconds, signed, to the millisecond, as written in any language ({@code +0.259}). */
    static String seconds(Duration offset) {
        return String.format(java.util.Locale.ROOT, "%+.3f", offset.toMillis() / 1000.0);
    }
}
