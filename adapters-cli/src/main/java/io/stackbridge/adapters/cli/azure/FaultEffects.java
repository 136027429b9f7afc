package io.stackbridge.adapters.cli.azure;

import io.stackbridge.domain.error.ErrorCode;
import io.stackbridge.domain.fault.FaultEffect;
import io.stackbridge.domain.validation.Rule;
import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;

import java.time.Duration;

/** A fault effect from {@code --effect TYPE} and its one parameter ({@code --code}, {@code --millis}, {@code --seconds}). */
final class FaultEffects {

    static final List<FaultEffect> WITHOUT_PARAMETER = List.of(new FaultEffect.MetadataResolverFailure(), new FaultEffect.Unreachable(),
            new FaultEffect.Slow(), new FaultEffect.UntrustedCertificate(), new FaultEffect.ResetConnection(),
            new FaultEffect.EmptyResponse(), new FaultEffect.PartialBody());
    static final List<String> TYPES = List.of("returnError", "delay", "shiftClock").appendAll(WITHOUT_PARAMETER.map(AzureViews::effectType));

    private FaultEffects() {
    }

    static Validation<Seq<Violation>, FaultEffect> of(String type, Option<String> code, Option<Long> millis, Option<Long> seconds) {
        String wanted = type == null ? "" : type.trim();
        switch (wanted) {
            case "returnError":
                return code.<Validation<Seq<Violation>, FaultEffect>>map(FaultEffects::returnError)
                        .getOrElse(() -> Violation.invalid("--code", "", Rule.REQUIRED));
            case "delay":
                return millis.filter(value -> value >= 0 && value <= 3_600_000L)
                        .<Validation<Seq<Violation>, FaultEffect>>map(value -> Validation.valid(new FaultEffect.Delay(Duration.ofMillis(value))))
                        .getOrElse(() -> Violation.invalid("--millis", millis.map(String::valueOf).getOrElse(""), Rule.OUT_OF_RANGE,
                                "0", "3600000"));
            case "shiftClock":
                return seconds.filter(value -> Math.abs(value) <= 315_360_000L)
                        .<Validation<Seq<Violation>, FaultEffect>>map(value -> Validation.valid(new FaultEffect.ShiftClock(
                                Duration.ofSeconds(value))))
                        .getOrElse(() -> Violation.invalid("--seconds", seconds.map(String::valueOf).getOrElse(""), Rule.OUT_OF_RANGE,
                                "-315360000", "315360000"));
            default:
                return WITHOUT_PARAMETER.find(effect -> AzureViews.effectType(effect).equalsIgnoreCase(wanted))
                        .<Validation<Seq<Violation>, FaultEffect>>map(Validation::valid)
                        .getOrElse(() -> Violation.invalid("--effect", wanted, Rule.UNKNOWN_VALUE, TYPES.mkString(", ")));
        }
    }

    private static Validation<Seq<Violation>, FaultEffect> returnError(String text) {
        List<ErrorCode> answerable = List.of(ErrorCode.values()).filter(code -> code.httpStatus().isDefined());
        return answerable.find(code -> code.name().equalsIgnoreCase(text.trim()))
                .<Validation<Seq<Violation>, FaultEffect>>map(code -> Validation.valid(new FaultEffect.ReturnError(code)))
                .getOrElse(() -> Violation.invalid("--code", text, Rule.UNKNOWN_VALUE, answerable.map(Enum::name).mkString(", ")));
    }
}
