package io.stackbridge.domain.registration;

import io.stackbridge.domain.billing.BillingModel;
import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.id.ObjectId;
import io.stackbridge.domain.validation.Rule;
import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;

/**
 * The checks a decoded registration token must pass. Required: {@code cloudId}, {@code objectId},
 * {@code billingModel}, a non-empty {@code hardwareInfo} and {@code version}. Optional flags take
 * the billing model's defaults; an agreement number (Capacity) or asset tag (Custom) is required
 * by its model, and PayAsYouUse cannot switch usage reporting off.
 */
final class RegistrationTokenRules {

    private RegistrationTokenRules() {
    }

    static Validation<Seq<Violation>, RegistrationTokenContent> check(RegistrationTokenFields f) {
        Validation<Seq<Violation>, CloudId> cloudId = CloudId.parse("cloudId", f.cloudId().getOrNull());
        Validation<Seq<Violation>, ObjectId> objectId = ObjectId.parse("objectId", f.objectId().getOrNull());
        Validation<Seq<Violation>, BillingModel> model = BillingModel.parse(f.billingModel().getOrNull());
        Validation<Seq<Violation>, Option<Boolean>> reporting = optionalBoolean("usageReportingEnabled", f.usageReportingEnabled());
        Validation<Seq<Violation>, Option<Boolean>> syndication =
                optionalBoolean("marketplaceSyndicationEnabled", f.marketplaceSyndicationEnabled());
        Validation<Seq<Violation>, List<NodeHardware>> hardware = hardware(f.hardwareInfo());
        Validation<Seq<Violation>, String> version = required("version", f.version());

        List<Violation> problems = List.of(cloudId, objectId, model, reporting, syndication, hardware, version)
                .flatMap(v -> v.isInvalid() ? v.getError() : List.empty());
        if (model.isValid()) {
            problems = problems.appendAll(billingRules(model.get(), reporting.getOrElse(Option.none()), f));
        }
        if (!problems.isEmpty()) {
            return Validation.invalid(problems);
        }
        BillingModel billing = model.get();
        return Validation.valid(new RegistrationTokenContent(
                cloudId.get(), objectId.get(), billing,
                reporting.get().getOrElse(billing.usageReporting().enabledByDefault()),
                syndication.get().getOrElse(false),
                present(f.agreementNumber()), present(f.msAssetTag()),
                hardware.get(), f.issuer().getOrElse(""), version.get()));
    }

    private static List<Violation> billingRules(BillingModel model, Option<Boolean> reporting, RegistrationTokenFields f) {
        List<Violation> problems = List.empty();
        if (model.requiresAgreementNumber() && present(f.agreementNumber()).isEmpty()) {
            problems = problems.append(Violation.of("agreementNumber", f.agreementNumber().getOrElse(""),
                    Rule.REQUIRED_BY_BILLING_MODEL, model.name()));
        }
        if (model.requiresMsAssetTag() && present(f.msAssetTag()).isEmpty()) {
            problems = problems.append(Violation.of("msAssetTag", f.msAssetTag().getOrElse(""),
                    Rule.REQUIRED_BY_BILLING_MODEL, model.name()));
        }
        if (!model.usageReporting().mayBeDisabled() && reporting.contains(false)) {
            problems = problems.append(Violation.of("usageReportingEnabled", "false",
                    Rule.FORBIDDEN_BY_BILLING_MODEL, model.name()));
        }
        return problems;
    }

    private static Option<String> present(Option<String> text) {
        return text.map(String::trim).filter(value -> !value.isEmpty());
    }

    private static Validation<Seq<Violation>, String> required(String field, Option<String> text) {
        return present(text).isDefined()
                ? Validation.valid(text.get().trim())
                : Violation.invalid(field, text.getOrElse(""), Rule.REQUIRED);
    }

    private static Validation<Seq<Violation>, Option<Boolean>> optionalBoolean(String field, Option<String> text) {
        Option<String> given = present(text);
        if (given.isEmpty()) {
            return Validation.valid(Option.none());
        }
        String value = given.get();
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return Validation.valid(Option.some(Boolean.parseBoolean(value.toLowerCase(java.util.Locale.ROOT))));
        }
        return Violation.invalid(field, value, Rule.NOT_A_BOOLEAN);
    }

    private static Validation<Seq<Violation>, List<NodeHardware>> hardware(Option<List<NodeHardware>> nodes) {
        if (nodes.isEmpty()) {
            return Violation.invalid("hardwareInfo", "", Rule.REQUIRED);
        }
        return nodes.get().isEmpty()
                ? Violation.invalid("hardwareInfo", "[]", Rule.EMPTY_LIST)
                : Validation.valid(nodes.get());
    }
}
