package io.stackbridge.domain.usage;

import io.vavr.collection.Seq;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The identity of a pushed usage batch: 1–64 letters, digits, {@code -} or {@code _}. The bridge
 * derives it from the keys of the records it carries, so a resend after a timeout has the same ID
 * and is never counted twice.
 */
public record BatchId(String value) {

    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    public BatchId {
        Objects.requireNonNull(value, "value");
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("not a batch id: " + value);
        }
    }

    public static BatchId of(String value) {
        return new BatchId(value);
    }

    public static boolean isWellFormed(String value) {
        return value != null && FORM.matcher(value).matches();
    }

    /** SHA-256 of the sorted canonical record keys, as 32 hexadecimal digits. */
    public static BatchId derivedFrom(Seq<UsageRecord> records) {
        String keys = records.map(record -> record.key().canonical()).sorted().mkString("\n");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(keys.getBytes(StandardCharsets.UTF_8));
            return new BatchId(HexFormat.of().formatHex(digest, 0, 16));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java platform has SHA-256", impossible);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
