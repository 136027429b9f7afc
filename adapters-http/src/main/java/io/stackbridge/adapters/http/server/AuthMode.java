package io.stackbridge.adapters.http.server;

import io.stackbridge.domain.validation.Rule;
import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

import java.util.Locale;

/** How the emulator checks bearer tokens on Resource Manager paths (never on the token endpoint or the admin API). */
public enum AuthMode {
    /** Tokens this emulator issued: signature, management audience, expiry and not-before checked. */
    STRICT,
    /** Any well-formed JWT for a management audience that has not expired; no signature check (like Azurite's basic OAuth). */
    BASIC,
    /** No check at all. */
    OFF;

    public static final String FIELD = "auth";

    /** Reads {@code strict}, {@code basic} or {@code off} in any case. */
    public static Validation<Seq<Violation>, AuthMode> parse(String text) {
        String wanted = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
        return List.of(values()).find(mode -> mode.name().equals(wanted))
                .<Seq<Violation>>toValidation(() -> List.of(Violation.of(FIELD, text, Rule.UNKNOWN_VALUE, "strict, basic, off")));
    }

    /** The name as users type it. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
