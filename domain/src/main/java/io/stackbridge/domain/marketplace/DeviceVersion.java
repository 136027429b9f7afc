package io.stackbridge.domain.marketplace;

import io.stackbridge.domain.text.Excerpt;
import io.stackbridge.domain.validation.Rule;
import io.stackbridge.domain.validation.ValueType;
import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

import java.util.Objects;

/**
 * An Azure Stack Hub version such as {@code 1910.0.0.0} or {@code 2206.2.66}: dot-separated whole
 * numbers, compared part by part, a missing part counting as zero. Shown as written.
 */
public record DeviceVersion(String text, List<Long> parts) implements Comparable<DeviceVersion> {

    public DeviceVersion {
        Objects.requireNonNull(text, "text");
        if (parts == null || parts.isEmpty()) {
            throw new IllegalArgumentException("a version has at least one part");
        }
    }

    public static Validation<Seq<Violation>, DeviceVersion> parse(String field, String text) {
        if (text == null || text.isBlank()) {
            return Violation.invalid(field, text, Rule.REQUIRED);
        }
        String trimmed = text.trim();
        if (!trimmed.matches("\\d{1,9}(\\.\\d{1,9}){0,3}")) {
            return Violation.invalid(field, Excerpt.of(text), Rule.WRONG_TYPE, ValueType.VERSION);
        }
        return Validation.valid(new DeviceVersion(trimmed, List.of(trimmed.split("\\.")).map(Long::valueOf)));
    }

    public static DeviceVersion of(String text) {
        Validation<Seq<Violation>, DeviceVersion> parsed = parse("version", text);
        if (parsed.isInvalid()) {
            throw new IllegalArgumentException("not a version: " + text);
        }
        return parsed.get();
    }

    @Override
    public int compareTo(DeviceVersion other) {
        int length = Math.max(parts.size(), other.parts.size());
        for (int i = 0; i < length; i++) {
            int compared = Long.compare(part(i), other.part(i));
            if (compared != 0) {
                return compared;
            }
        }
        return 0;
    }

    private long part(int index) {
        return index < parts.size() ? parts.get(index) : 0;
    }

    @Override
    public String toString() {
        return text;
    }
}
