package io.stackbridge.domain.fault;

import io.stackbridge.domain.error.ErrorCode;
import io.stackbridge.domain.validation.Rule;
import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;

import java.time.Duration;

/**
 * A documented failure ready to switch on: a fault rule with a name people can type
 * ({@code network-down}) and the code a client meets once it is on. The rule's ID is the preset's
 * name, so the same preset added twice stays one rule, and removing it takes its name.
 */
public enum FaultPreset {
    /** A firewall drops the usage service's traffic: the bridge cannot connect. */
    NETWORK_DOWN("network-down", ErrorCode.NetworkError, FaultMatch.operation(Operation.Usage_Push), new FaultEffect.Unreachable()),
    /** Something on the path resets the usage service's connections. */
    CONNECTION_RESET("connection-reset", ErrorCode.NetworkError, FaultMatch.operation(Operation.Usage_Push), new FaultEffect.ResetConnection()),
    /** The usage service takes the batch and never answers in time. */
    USAGE_TIMEOUT("usage-timeout", ErrorCode.RequestTimedOut, FaultMatch.operation(Operation.Usage_Push), new FaultEffect.Slow()),
    /** Entra ID refuses the bridge's client secret. */
    SIGN_IN_REFUSED("sign-in-refused", ErrorCode.LoginError, FaultMatch.operation(Operation.Token_Issue),
            new FaultEffect.ReturnError(ErrorCode.InvalidClientSecret)),
    /** The usage service's clock is ten minutes ahead of the stamp's. */
    CLOCK_SKEW("clock-skew", ErrorCode.Unauthorized, FaultMatch.operation(Operation.Usage_Push),
            new FaultEffect.ShiftClock(Duration.ofMinutes(10))),
    /** A TLS-inspecting proxy presents a certificate the stamp does not trust. */
    TLS_INTERCEPTION("tls-interception", ErrorCode.CertificateValidationError, FaultMatch.ANY, new FaultEffect.UntrustedCertificate()),
    /** The directory behind tenant onboarding fails. */
    DIRECTORY_DOWN("directory-down", ErrorCode.MetadataResolverBadGatewayError, FaultMatch.operation(Operation.MetadataResolver_Lookup),
            new FaultEffect.MetadataResolverFailure()),
    /** The usage service is too busy to take batches for now; the bridge retries. */
    USAGE_SERVICE_BUSY("usage-service-busy", ErrorCode.ServiceUnavailable, FaultMatch.operation(Operation.Usage_Push),
            new FaultEffect.ReturnError(ErrorCode.ServiceUnavailable));

    public static final String FIELD = "preset";

    private final String presetName;
    private final ErrorCode reproduces;
    private final FaultMatch match;
    private final FaultEffect effect;

    FaultPreset(String presetName, ErrorCode reproduces, FaultMatch match, FaultEffect effect) {
        this.presetName = presetName;
        this.reproduces = reproduces;
        this.match = match;
        this.effect = effect;
    }

    /** The name people type: lower case words joined by hyphens. */
    public String presetName() {
        return presetName;
    }

    /** The code a client meets while the preset is on. */
    public ErrorCode reproduces() {
        return reproduces;
    }

    /** The rule, firing every time until removed. */
    public FaultRule rule() {
        return new FaultRule(presetName, match, 1.0, Option.none(), effect);
    }

    /** The rule, firing {@code times} times at most. */
    public FaultRule rule(int times) {
        return new FaultRule(presetName, match, 1.0, Option.some(times), effect);
    }

    /** The presets that reproduce {@code code}. */
    public static List<FaultPreset> reproducing(ErrorCode code) {
        return List.of(values()).filter(preset -> preset.reproduces == code);
    }

    /** Reads a preset's name in any case. */
    public static Validation<Seq<Violation>, FaultPreset> parse(String text) {
        if (text == null || text.isBlank()) {
            return Violation.invalid(FIELD, text, Rule.REQUIRED);
        }
        return List.of(values())
                .find(preset -> preset.presetName.equalsIgnoreCase(text.trim()))
                .<Seq<Violation>>toValidation(() -> List.of(Violation.of(FIELD, text, Rule.UNKNOWN_VALUE,
                        List.of(values()).map(FaultPreset::presetName).mkString(", "))));
    }
}
