package io.stackbridge.domain.id;

import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/** The identity of one Azure Stack Hub stamp. A GUID, echoed as written, compared without regard to case. */
public record CloudId(Guid guid) {

    public static final String FIELD = "cloudId";

    public static Validation<Seq<Violation>, CloudId> parse(String text) {
        return parse(FIELD, text);
    }

    public static Validation<Seq<Violation>, CloudId> parse(String field, String text) {
        return Guid.parse(field, text).map(CloudId::new);
    }

    /** For values known to be well formed (constants, tests); throws on a malformed one. */
    public static CloudId of(String text) {
        return new CloudId(new Guid(text));
    }

    public String value() {
        return guid.text();
    }

    @Override
    public String toString() {
        return guid.text();
    }
}
