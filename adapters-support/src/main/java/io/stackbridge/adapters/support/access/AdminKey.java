package io.stackbridge.adapters.support.access;

import io.stackbridge.domain.error.ArmError;
import io.stackbridge.domain.validation.Rule;
import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;

/**
 * The secret that opens an emulator's admin API and portal when they are protected: sent in the
 * {@value #HEADER} header. One home for the server that checks it, the clients that send it and the
 * command line that reads, generates and keeps it. Its text is never shown by {@link #toString()}; a violation about it never
 * repeats it.
 */
public final class AdminKey {

    /** The request header that carries the key. */
    public static final String HEADER = ArmError.ADMIN_KEY_HEADER;
    public static final String FIELD = "adminKey";
    /** Shortest key accepted from a user: guessing it must stay out of reach. */
    public static final int MIN_LENGTH = 16;
    public static final int MAX_LENGTH = 256;
    private static final String SHOWN_INSTEAD = "(hidden)";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String value;

    private AdminKey(String value) {
        this.value = value;
    }

    /** A fresh key: 32 random bytes in URL-safe Base64 without padding (43 characters). */
    public static AdminKey generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new AdminKey(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** A key a user chose: {@value #MIN_LENGTH} to {@value #MAX_LENGTH} visible ASCII characters, no spaces. */
    public static Validation<Seq<Violation>, AdminKey> parse(String text) {
        if (text == null || text.isBlank()) {
            return Violation.invalid(FIELD, SHOWN_INSTEAD, Rule.REQUIRED);
        }
        String key = text.trim();
        if (key.length() < MIN_LENGTH || key.length() > MAX_LENGTH) {
            return Violation.invalid(FIELD, SHOWN_INSTEAD, Rule.OUT_OF_RANGE, MIN_LENGTH, MAX_LENGTH);
        }
        if (!key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            return Violation.invalid(FIELD, SHOWN_INSTEAD, Rule.INVALID_CHARACTERS, "", "visible ASCII");
        }
        return Validation.valid(new AdminKey(key));
    }

    /** Whether {@code presented} is this key, compared in constant time. */
    public boolean matches(String presented) {
        return presented != null && MessageDigest.isEqual(value.getBytes(StandardCharsets.UTF_8),
                presented.trim().getBytes(StandardCharsets.UTF_8));
    }

    /** The key's text, for the one place that must write it: the header, the kept file, the start line. */
    public String reveal() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AdminKey key && MessageDigest.isEqual(value.getBytes(StandardCharsets.UTF_8),
                key.value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public int hashCode() {
        return Objects.hash(value.length());
    }

    @Override
    public String toString() {
        return "AdminKey" + SHOWN_INSTEAD;
    }
}
