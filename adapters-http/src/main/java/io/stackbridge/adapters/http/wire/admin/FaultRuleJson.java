package io.stackbridge.adapters.http.wire.admin;

import com.fasterxml.jackson.databind.JsonNode;
import io.stackbridge.adapters.support.json.JsonFields;
import io.stackbridge.domain.error.ErrorCode;
import io.stackbridge.domain.fault.FaultEffect;
import io.stackbridge.domain.fault.FaultMatch;
import io.stackbridge.domain.fault.FaultRule;
import io.stackbridge.domain.fault.Operation;
import io.stackbridge.domain.id.RegistrationName;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.validation.Rule;
import io.stackbridge.domain.validation.Violation;
import io.vavr.Tuple;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;

import java.math.BigDecimal;

/**
 * A fault rule as the admin API reads it: {@code {"id", "operation"?, "subscriptionId"?,
 * "registrationName"?, "probability"?, "times"?, "effect":{"type", …}}}. Every problem is
 * reported, the domain's ({@link FaultRule#of}) and the wire's: an untrusted certificate acts on
 * TLS handshakes, where no operation or resource is known, and an error to return needs an HTTP status.
 */
public final class FaultRuleJson {

    private FaultRuleJson() {
    }

    public static Validation<Seq<Violation>, FaultRule> read(JsonNode document) {
        JsonFields body = JsonFields.root(document);
        Option<String> id = body.requiredText("id");
        Option<Operation> operation = body.text("operation").flatMap(text -> body.parsed(Operation.parse(text)));
        Option<SubscriptionId> subscription = body.text("subscriptionId").flatMap(text -> body.parsed(SubscriptionId.parse(text)));
        Option<RegistrationName> registration = body.text("registrationName")
                .flatMap(text -> body.parsed(RegistrationName.parse(text)));
        double probability = body.number("probability").map(BigDecimal::doubleValue).getOrElse(1.0);
        Option<Long> times = body.integer("times");
        Option<FaultEffect> effect = body.requiredObject("effect").flatMap(FaultEffectJson::read);
        if (effect.exists(FaultEffect.UntrustedCertificate.class::isInstance)) {
            List.of(Tuple.of("operation", operation.map(Enum::name)), Tuple.of("subscriptionId", subscription.map(SubscriptionId::value)),
                            Tuple.of("registrationName", registration.map(RegistrationName::value)))
                    .filter(narrowing -> narrowing._2.isDefined())
                    .forEach(narrowing -> body.report(Violation.of("effect.type", FaultEffectJson.UNTRUSTED_CERTIFICATE,
                            Rule.CONFLICTS_WITH, narrowing._1, narrowing._2.get())));
        }
        if (!body.problems().isEmpty()) {
            return Validation.invalid(body.problems());
        }
        Option<Integer> count = times.map(value -> (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value)));
        return FaultRule.of(id.get(), new FaultMatch(operation, subscription, registration), probability, count, effect.get());
    }

    /** A rule as the admin API shows it, {@code times} being how many firings it has left. */
    public record View(String id, String operation, String subscriptionId, String registrationName, double probability,
                       Integer times, FaultEffectJson.View effect) {

        public static View from(FaultRule rule) {
            FaultMatch match = rule.match();
            return new View(rule.id(), match.operation().map(Enum::name).getOrNull(), match.subscription().map(SubscriptionId::value).getOrNull(),
                    match.registration().map(RegistrationName::value).getOrNull(), rule.probability(), rule.remaining().getOrNull(),
                    FaultEffectJson.View.from(rule.effect()));
        }
    }

    /** The codes an error-returning rule may use: those with an HTTP status. */
    static List<String> answerableCodes() {
        return List.of(ErrorCode.values()).filter(code -> code.httpStatus().isDefined()).map(Enum::name);
    }
}
