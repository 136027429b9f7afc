package io.stackbridge.adapters.http.wire.admin;

import io.stackbridge.domain.text.Excerpt;
import io.stackbridge.adapters.support.json.JsonFields;
import io.stackbridge.domain.error.ErrorCode;
import io.stackbridge.domain.fault.FaultEffect;
import io.stackbridge.domain.validation.Rule;
import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.List;
import io.vavr.control.Option;

import java.time.Duration;

/** A fault effect as the admin API reads and shows it: {@code {"type":"returnError","code":…}}, {@code {"type":"delay","millis":…}}, … */
public final class FaultEffectJson {

    public static final String UNTRUSTED_CERTIFICATE = "untrustedCertificate";
    public static final List<String> TYPES = List.of("returnError", "delay", "metadataResolverFailure", "shiftClock", "unreachable",
            "slow", UNTRUSTED_CERTIFICATE, "resetConnection", "emptyResponse", "partialBody");

    /** A delay of at most an hour; a clock shift of at most about ten years either way. */
    static final long MAX_DELAY_MILLIS = 3_600_000L;
    static final long MAX_SHIFT_SECONDS = 315_360_000L;

    private FaultEffectJson() {
    }

    /** The effect an {@code effect} object describes; problems go to {@code f}. */
    public static Option<FaultEffect> read(JsonFields f) {
        Option<String> type = f.requiredText("type");
        if (type.isEmpty()) {
            return Option.none();
        }
        switch (type.get()) {
            case "returnError":
                return f.requiredText("code").flatMap(code -> code(f, code)).map(FaultEffect.ReturnError::new);
            case "delay":
                return f.requiredInteger("millis").flatMap(millis -> millis >= 0 && millis <= MAX_DELAY_MILLIS
                        ? Option.some(new FaultEffect.Delay(Duration.ofMillis(millis)))
                        : outOfRange(f, "millis", millis, 0, MAX_DELAY_MILLIS));
            case "shiftClock":
                return f.requiredInteger("seconds").flatMap(seconds -> Math.abs(seconds) <= MAX_SHIFT_SECONDS
                        ? Option.some(new FaultEffect.ShiftClock(Duration.ofSeconds(seconds)))
                        : outOfRange(f, "seconds", seconds, -MAX_SHIFT_SECONDS, MAX_SHIFT_SECONDS));
            case "metadataResolverFailure":
                return Option.some(new FaultEffect.MetadataResolverFailure());
            case "unreachable":
                return Option.some(new FaultEffect.Unreachable());
            case "slow":
                return Option.some(new FaultEffect.Slow());
            case UNTRUSTED_CERTIFICATE:
                return Option.some(new FaultEffect.UntrustedCertificate());
            case "resetConnection":
                return Option.some(new FaultEffect.ResetConnection());
            case "emptyResponse":
                return Option.some(new FaultEffect.EmptyResponse());
            case "partialBody":
                return Option.some(new FaultEffect.PartialBody());
            default:
                f.report(Violation.of("type", Excerpt.of(type.get()), Rule.UNKNOWN_VALUE, TYPES.mkString(", ")));
                return Option.none();
        }
    }

    private static Option<ErrorCode> code(JsonFields f, String text) {
        Option<ErrorCode> known = List.of(ErrorCode.values()).find(code -> code.name().equals(text) && code.httpStatus().isDefined());
        if (known.isEmpty()) {
            f.report(Violation.of("code", Excerpt.of(text), Rule.UNKNOWN_VALUE, FaultRuleJson.answerableCodes().mkString(", ")));
        }
        return known;
    }

    private static <T> Option<T> outOfRange(JsonFields f, String field, long value, long lowest, long highest) {
        f.report(Violation.of(field, String.valueOf(value), Rule.OUT_OF_RANGE, String.valueOf(lowest), String.valueOf(highest)));
        return Option.none();
    }

    /** An effect as shown: its type and the one parameter it has, if any. */
    public record View(String type, String code, Long millis, Long seconds) {

        public static View from(FaultEffect effect) {
            String name = effect.getClass().getSimpleName();
            String type = Character.toLowerCase(name.charAt(0)) + name.substring(1);
            if (effect instanceof FaultEffect.ReturnError error) {
                return new View(type, error.code().name(), null, null);
            }
            if (effect instanceof FaultEffect.Delay delay) {
                return new View(type, null, delay.delay().toMillis(), null);
            }
            if (effect instanceof FaultEffect.ShiftClock shift) {
                return new View(type, null, null, shift.offset().toSeconds());
            }
            return new View(type, null, null, null);
        }
    }
}
