package io.stackbridge.adapters.cli.emulator;

import io.vavr.control.Option;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The admin key as the CLI holds it ({@code --admin-key}, {@code STACKBRIDGE_ADMIN_KEY}, the kept
 * {@code admin-key} file, or generated): the same rule as the HTTP adapter's key, {@value #MIN_LENGTH}
 * to {@value #MAX_LENGTH} visible ASCII characters without spaces. {@link #toString()} never shows it.
 */
public final class AdminKeyText {

    public static final int MIN_LENGTH = 16;
    public static final int MAX_LENGTH = 256;

    private final String value;

    private AdminKeyText(String value) {
        this.value = value;
    }

    /** The key {@code text} spells (surrounding blanks dropped), or none when it breaks the rule. */
    public static Option<AdminKeyText> parse(String text) {
        if (text == null) {
            return Option.none();
        }
        String key = text.strip();
        boolean fits = key.length() >= MIN_LENGTH && key.length() <= MAX_LENGTH && key.chars().allMatch(c -> c > 0x20 && c < 0x7f);
        return fits ? Option.some(new AdminKeyText(key)) : Option.none();
    }

    /** The key's text, for the few places that must write it: the header, the kept file, the start line. */
    public String reveal() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AdminKeyText key && MessageDigest.isEqual(value.getBytes(StandardCharsets.UTF_8),
                key.value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public int hashCode() {
        return value.length();
    }

    @Override
    public String toString() {
        return "AdminKeyText(hidden)";
    }
}
