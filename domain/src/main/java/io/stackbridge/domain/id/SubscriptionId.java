package io.stackbridge.domain.id;

import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/** An Azure or Azure Stack Hub subscription. A GUID, echoed as written, compared without regard to case. */
public record SubscriptionId(Guid guid) {

    public static final String FIELD = "subscriptionId";

    public static Validation<Seq<Violation>, SubscriptionId> parse(String text) {
        return parse(FIELD, text);
    }

    public static Validation<Seq<Violation>, SubscriptionId> parse(String field, String text) {
        return Guid.parse(field, text).map(SubscriptionId::new);
    }

    /** For values known to be well formed (constants, tests); throws on a malformed one. */
    public static SubscriptionId of(String text) {
        return new SubscriptionId(new Guid(text));
    }

    public String value() {
        return guid.text();
    }

    @Override
    public String toString() {
        return guid.text();
    }
}
