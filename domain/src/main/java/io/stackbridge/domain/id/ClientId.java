package io.stackbridge.domain.id;

import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/** The application (client) ID of an Entra ID service principal. A GUID, echoed as written, compared without regard to case. */
public record ClientId(Guid guid) {

    public static final String FIELD = "clientId";

    public static Validation<Seq<Violation>, ClientId> parse(String text) {
        return parse(FIELD, text);
    }

    public static Validation<Seq<Violation>, ClientId> parse(String field, String text) {
        return Guid.parse(field, text).map(ClientId::new);
    }

    /** For values known to be well formed (constants, tests); throws on a malformed one. */
    public static ClientId of(String text) {
        return new ClientId(new Guid(text));
    }

    public String value() {
        return guid.text();
    }

    @Override
    public String toString() {
        return guid.text();
    }
}
