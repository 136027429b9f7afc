package io.stackbridge.domain.manifest;

import io.stackbridge.domain.validation.Rule;
import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/**
 * A version of the signing verification key, as cloud manifest files and deployment licenses name
 * it: the emulated Azure has one key, version {@code 1}, and {@code latest} names the newest (that
 * one). Other versions are unknown.
 */
public record VerificationVersion(String value) {

    public static final String FIELD = "verificationVersion";
    public static final VerificationVersion LATEST = new VerificationVersion("latest");
    public static final VerificationVersion CURRENT = new VerificationVersion("1");
    public static final List<VerificationVersion> KNOWN = List.of(CURRENT, LATEST);

    /** A known version ({@code latest} in any case); absent → {@link #LATEST}; else UNKNOWN_VALUE naming the known ones. */
    public static Validation<Seq<Violation>, VerificationVersion> parse(String field, String text) {
        if (text == null) {
            return Validation.valid(LATEST);
        }
        return KNOWN.find(known -> known.value().equalsIgnoreCase(text.strip()))
                .<Seq<Violation>>toValidation(() -> List.of(Violation.of(field, text, Rule.UNKNOWN_VALUE,
                        KNOWN.map(VerificationVersion::value).mkString(", "))));
    }

    /** The key version this one stands for: {@code latest} is the current key's. */
    public VerificationVersion resolved() {
        return this.equals(LATEST) ? CURRENT : this;
    }

    @Override
    public String toString() {
        return value;
    }
}
