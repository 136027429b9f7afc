package io.stackbridge.domain.manifest;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One link of a temporary license chain: who vouches ({@code issuer}) for whom ({@code subject}),
 * under which verification key version, from when until when. On the wire, each item is the
 * Base64 of its {@link CanonicalJson} text, as the specification's example items are Base64 text.
 */
public record LicenseItem(Kind kind, String issuer, String subject, VerificationVersion version, Instant notBefore, Instant notAfter) {

    /** An intermediate item (the licensing authority, vouched for by the cloud) or the leaf (the subscription's license). */
    public enum Kind { Intermediate, Leaf }

    public LicenseItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(version, "version");
        notBefore = notBefore.truncatedTo(ChronoUnit.SECONDS);
        notAfter = notAfter.truncatedTo(ChronoUnit.SECONDS);
        if (!notAfter.isAfter(notBefore)) {
            throw new IllegalArgumentException("a license item ends after it starts: " + notBefore + " .. " + notAfter);
        }
    }

    public Map<String, Object> members() {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("kind", kind.name());
        members.put("issuer", issuer);
        members.put("subject", subject);
        members.put(VerificationVersion.FIELD, version.value());
        members.put("notBefore", notBefore.toString());
        members.put("notAfter", notAfter.toString());
        return members;
    }

    /** The item as the chain carries it: Base64 (with padding) of its canonical JSON, UTF-8. */
    public String encoded() {
        return Base64.getEncoder().encodeToString(CanonicalJson.object(members()).getBytes(StandardCharsets.UTF_8));
    }
}
