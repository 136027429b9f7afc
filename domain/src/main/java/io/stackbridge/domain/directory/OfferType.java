package io.stackbridge.domain.directory;

import io.stackbridge.domain.validation.Rule;
import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/** The commercial offer an Azure subscription was created under. */
public enum OfferType {
    /** Cloud Solution Provider: a customer subscription sold by a CSP partner. */
    CSP(true),
    /** A CSP partner's own shared-services subscription. */
    CSP_SHARED_SERVICES(true),
    /** Enterprise Agreement. */
    EA(false),
    /** Pay-as-you-go. */
    PAYG(false),
    /** Visual Studio (MSDN) subscriber benefit. */
    MSDN(false);

    public static final String FIELD = "offerType";

    private final boolean csp;

    OfferType(boolean csp) {
        this.csp = csp;
    }

    /** Whether the subscription belongs to the CSP programme (and so rolls up to a CSP partner). */
    public boolean isCsp() {
        return csp;
    }

    public static Validation<Seq<Violation>, OfferType> parse(String text) {
        if (text == null || text.isBlank()) {
            return Violation.invalid(FIELD, text, Rule.REQUIRED);
        }
        String wanted = text.trim().replace('-', '_');
        return List.of(values())
                .find(offer -> offer.name().equalsIgnoreCase(wanted))
                .<Seq<Violation>>toValidation(() -> List.of(Violation.of(FIELD, text, Rule.UNKNOWN_VALUE,
                        List.of(values()).map(Enum::name).mkString(", "))));
    }
}
