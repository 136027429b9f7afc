package io.stackbridge.adapters.http.wire;

import io.stackbridge.domain.error.ArmError;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.error.ErrorCode;
import io.stackbridge.domain.error.ErrorContext;
import io.stackbridge.domain.error.ErrorFactory;
import io.stackbridge.domain.error.ErrorMessages;
import io.stackbridge.domain.error.RegistrationError;
import io.stackbridge.domain.text.Language;
import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

/** The ARM error envelope {@code {"error":{"code","message","target","details":[]}}}. */
public record ArmErrorEnvelope(ArmErrorBody error) {

    /** One error: its code (never translated), localized message, target and further problems. */
    public record ArmErrorBody(String code, String message, String target, java.util.List<ArmErrorBody> details) {
        public ArmErrorBody {
            details = details == null ? java.util.List.of() : java.util.List.copyOf(details);
        }
    }

    /**
     * The envelope of {@code error} in {@code language}: an error naming several problems
     * targets the first one, and each further problem becomes a detail of the same shape.
     */
    public static ArmErrorEnvelope from(DomainError error, Language language) {
        List<ArmErrorBody> details = further(error).map(single -> body(single, language, List.empty()));
        return new ArmErrorEnvelope(body(error, language, details));
    }

    /**
     * The domain error a received envelope stands for, filled from {@code context}, its message as
     * the detail and its {@code target} as the field the error names; none for an unknown code.
     */
    public Option<DomainError> toDomain(ErrorContext context) {
        if (error == null || error.code() == null) {
            return Option.none();
        }
        ErrorContext answered = context.detail(String.valueOf(error.message()));
        ErrorContext targeted = error.target() == null || error.target().isBlank() ? answered : answered.target(error.target());
        return List.of(ErrorCode.values()).find(code -> code.name().equals(error.code()))
                .map(code -> ErrorFactory.of(code, targeted));
    }

    private static ArmErrorBody body(DomainError error, Language language, List<ArmErrorBody> details) {
        return new ArmErrorBody(error.code().name(), ErrorMessages.message(error, language), error.target().getOrNull(),
                details.toJavaList());
    }

    /** The problems after the first, each as an error of the same code with that one problem. */
    private static List<DomainError> further(DomainError error) {
        if (error instanceof ArmError.InvalidRequestContent content) {
            return rest(content.problems()).map(problem -> new ArmError.InvalidRequestContent(List.of(problem)));
        }
        if (error instanceof RegistrationError.InvalidRegistrationToken token) {
            return rest(token.problems()).map(problem -> new RegistrationError.InvalidRegistrationToken(List.of(problem)));
        }
        return List.empty();
    }

    private static List<Violation> rest(Seq<Violation> problems) {
        return problems.toList().drop(1);
    }
}
