package io.stackbridge.domain.id;

import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/** An Entra ID directory (tenant). A GUID, echoed as written, compared without regard to case. */
public record TenantId(Guid guid) {

    public static final String FIELD = "tenantId";

    public static Validation<Seq<Violation>, TenantId> parse(String text) {
        return parse(FIELD, text);
    }

    public static Validation<Seq<Violation>, TenantId> parse(String field, String text) {
        return Guid.parse(field, text).map(TenantId::new);
    }

    /** For values known to be well formed (constants, tests); throws on a malformed one. */
    public static TenantId of(String text) {
        return new TenantId(new Guid(text));
    }

    public String value() {
        return guid.text();
    }

    @Override
    public String toString() {
        return guid.text();
    }
}
