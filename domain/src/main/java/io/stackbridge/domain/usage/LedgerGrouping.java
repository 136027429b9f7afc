package io.stackbridge.domain.usage;

import io.stackbridge.domain.validation.Rule;
import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

import java.util.Locale;

/** What the ledger's totals can be split by; several combine (one total per distinct combination). */
public enum LedgerGrouping {
    /** The subscription the usage is billed to. */
    SUBSCRIPTION,
    /** The meter. */
    METER,
    /** The usage hour (the record's window). */
    HOUR,
    /** The registration whose bridge pushed the batch. */
    REGISTRATION;

    public static final String FIELD = "groupBy";

    /** Reads a grouping name in any case. */
    public static Validation<Seq<Violation>, LedgerGrouping> parse(String text) {
        if (text == null || text.isBlank()) {
            return Violation.invalid(FIELD, text, Rule.REQUIRED);
        }
        return List.of(values())
                .find(grouping -> grouping.wireName().equalsIgnoreCase(text.trim()))
                .<Seq<Violation>>toValidation(() -> List.of(Violation.of(FIELD, text, Rule.UNKNOWN_VALUE,
                        List.of(values()).map(LedgerGrouping::wireName).mkString(", "))));
    }

    /** The lower-case name a query spells it with. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
