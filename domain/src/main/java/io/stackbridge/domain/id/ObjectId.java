package io.stackbridge.domain.id;

import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/** The object identifier the stamp registers with. A GUID, echoed as written, compared without regard to case. */
public record ObjectId(Guid guid) {

    public static final String FIELD = "objectId";

    public static Validation<Seq<Violation>, ObjectId> parse(String text) {
        return parse(FIELD, text);
    }

    public static Validation<Seq<Violation>, ObjectId> parse(String field, String text) {
        return Guid.parse(field, text).map(ObjectId::new);
    }

    /** For values known to be well formed (constants, tests); throws on a malformed one. */
    public static ObjectId of(String text) {
        return new ObjectId(new Guid(text));
    }

    public String value() {
        return guid.text();
    }

    @Override
    public String toString() {
        return guid.text();
    }
}
