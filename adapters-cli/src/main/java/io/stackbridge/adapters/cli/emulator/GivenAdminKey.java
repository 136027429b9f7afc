package io.stackbridge.adapters.cli.emulator;

import io.vavr.control.Option;

import java.util.Objects;

/**
 * The admin key as the user typed it and where it came from: {@value #OPTION} first, then the
 * {@value #ENVIRONMENT} environment variable, a blank one counting as unset. One rule for {@code serve}
 * and for the commands that reach the emulator; the text is checked by whoever uses it, and never repeated.
 */
public record GivenAdminKey(String text, String origin) {

    public static final String OPTION = "--admin-key";
    public static final String ENVIRONMENT = "STACKBRIDGE_ADMIN_KEY";

    public GivenAdminKey {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(origin, "origin");
    }

    /** The option's key, else the environment variable's unless blank; none when neither gives one. */
    public static Option<GivenAdminKey> of(Option<String> option, Option<String> environment) {
        return option.map(text -> new GivenAdminKey(text, OPTION))
                .orElse(() -> environment.filter(text -> !text.isBlank()).map(text -> new GivenAdminKey(text, ENVIRONMENT)));
    }

    @Override
    public String toString() {
        return "GivenAdminKey[text=***, origin=" + origin + "]";
    }
}
