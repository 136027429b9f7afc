package io.stackbridge.domain.usage;

import io.stackbridge.domain.text.Digests;
import io.vavr.collection.Seq;

import java.util.Arrays;
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
        CanonicalKeys texts = new CanonicalKeys();
        String[] keys = new String[records.size()];
        int next = 0;
        for (UsageRecord record : records) {
            keys[next++] = texts.of(record.key());
        }
        Arrays.sort(keys);
        return new BatchId(Digests.sha256Hex(String.join("\n", keys), 16));
    }

    @Override
    public String toString() {
        return value;
    }
}
